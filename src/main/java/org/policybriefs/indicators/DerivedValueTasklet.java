package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Computes every derived indicator of the catalog for every region and period, in dependency
 * order, one period at a time so that memory follows the size of a period, not of the input.
 * Each value is stored with its lineage; a value that cannot be computed is stored with the reason.
 */
class DerivedValueTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DerivedValueTasklet.class);

	private static final String INSERT = """
			INSERT INTO derived_value (job_instance_id, region, indicator, period, val, qualifier, formula, inputs,
				sources, missing_reason)
			VALUES (:instance, :region, :indicator, :period, :value, :qualifier, :formula, :inputs, :sources, :reason)""";

	private final NamedParameterJdbcTemplate jdbc;

	DerivedValueTasklet(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		MapSqlParameterSource params = new MapSqlParameterSource("instance", instance);
		this.jdbc.update("DELETE FROM derived_value WHERE job_instance_id = :instance", params);
		FormulaCatalog catalog = compileCatalog(params);
		List<String> regions = this.jdbc.queryForList(
				"SELECT code FROM region WHERE job_instance_id = :instance ORDER BY line", params, String.class);
		List<String> periods = this.jdbc.queryForList(
				"SELECT DISTINCT period FROM observation WHERE job_instance_id = :instance ORDER BY period", params,
				String.class);
		// Only the indicators that formulas use are read: with a large catalog that is a small part of each period.
		Set<String> used = new LinkedHashSet<>();
		catalog.inDependencyOrder()
			.forEach((indicator) -> indicator.formula().references().forEach((ref) -> used.add(ref.indicator())));
		int computed = 0;
		int missing = 0;
		for (String period : periods) {
			Map<String, Operand> values = observations(params, period, used);
			List<SqlParameterSource> rows = new ArrayList<>();
			for (CompiledIndicator indicator : catalog.inDependencyOrder()) {
				for (String region : regions) {
					Lookup lookup = (r, code, p) -> Optional.ofNullable(values.get(key(r, code)));
					FormulaResult result = indicator.formula().evaluate(region, period, lookup);
					MapSqlParameterSource row = new MapSqlParameterSource("instance", instance).addValue("region", region)
						.addValue("indicator", indicator.code())
						.addValue("period", period)
						.addValue("formula", indicator.formula().source());
					if (result instanceof FormulaResult.Value value) {
						values.put(key(region, indicator.code()), new Operand(region, indicator.code(), period,
								value.value(), value.qualifier(), value.sources()));
						row.addValue("value", value.value())
							.addValue("qualifier", value.qualifier().symbol())
							.addValue("inputs", Lineage.describe(value.inputs()))
							.addValue("sources", String.join(";", value.sources()))
							.addValue("reason", null);
						computed++;
					}
					else if (result instanceof FormulaResult.Missing absent) {
						row.addValue("value", null)
							.addValue("qualifier", null)
							.addValue("inputs", null)
							.addValue("sources", null)
							.addValue("reason", absent.reason());
						missing++;
					}
					rows.add(row);
				}
			}
			this.jdbc.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
		}
		logger.info(String.format("%-17s %d derived values computed, %d without data", "indicators", computed, missing));
		return RepeatStatus.FINISHED;
	}

	private FormulaCatalog compileCatalog(MapSqlParameterSource params) {
		List<DerivedDefinition> derived = this.jdbc.query(
				"SELECT code, formula, line FROM indicator WHERE job_instance_id = :instance AND kind = 'derived'"
						+ " ORDER BY line",
				params, (rs, i) -> new DerivedDefinition(rs.getString("code"), rs.getString("formula"), rs.getInt("line")));
		Set<String> codes = new LinkedHashSet<>(this.jdbc.queryForList(
				"SELECT code FROM indicator WHERE job_instance_id = :instance", params, String.class));
		Set<String> regions = new LinkedHashSet<>(this.jdbc.queryForList(
				"SELECT code FROM region WHERE job_instance_id = :instance", params, String.class));
		return FormulaCatalog.compile("indicators.csv", derived, codes, regions);
	}

	private Map<String, Operand> observations(MapSqlParameterSource params, String period, Set<String> indicators) {
		Map<String, Operand> values = new HashMap<>();
		if (indicators.isEmpty()) {
			return values;
		}
		this.jdbc.query("""
				SELECT region, indicator, val, qualifier, source FROM observation
				WHERE job_instance_id = :instance AND period = :period AND indicator IN (:indicators)""",
				new MapSqlParameterSource(params.getValues()).addValue("period", period).addValue("indicators", indicators),
				(rs) -> {
					String region = rs.getString("region");
					String indicator = rs.getString("indicator");
					Qualifier qualifier = Qualifier.fromSymbol(rs.getString("qualifier")).orElseThrow();
					values.put(key(region, indicator), new Operand(region, indicator, period, rs.getDouble("val"),
							qualifier, Set.of(rs.getString("source"))));
				});
		return values;
	}

	private static String key(String region, String indicator) {
		return region + '\u0000' + indicator;
	}

}
