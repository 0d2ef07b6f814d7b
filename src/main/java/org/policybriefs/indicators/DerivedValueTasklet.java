package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.InputFileSpec;
import org.policybriefs.ingest.Region;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Computes every derived indicator of the catalog for every region and period, in dependency
 * order, one period at a time so that memory follows the size of a period, not of the input.
 * An indicator that names the region it describes is computed for that region only; a benchmark
 * region gets its defined value. Each value is stored with its lineage, its scope (the one the
 * catalog declares, else the narrowest of its inputs') and period basis; a value that cannot be computed is stored with the reason.
 * A figure that several sources give enters as its preferred value (or as one source's value, see
 * {@link PeriodComputation}), and the value names its sources.
 */
class DerivedValueTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DerivedValueTasklet.class);

	private static final String INSERT = """
			INSERT INTO derived_value (job_instance_id, region, indicator, period, val, qualifier, formula, inputs,
				sources, scope_en, scope_zh, period_basis, benchmark, missing_kind, missing_input, missing_period)
			VALUES (:instance, :region, :indicator, :period, :value, :qualifier, :formula, :inputs, :sources, :scopeEn,
				:scopeZh, :periodBasis, :benchmark, :missingKind, :missingInput, :missingPeriod)""";

	private final NamedParameterJdbcTemplate jdbc;

	private final IngestedData ingested;

	DerivedValueTasklet(NamedParameterJdbcTemplate jdbc, IngestedData ingested) {
		this.jdbc = jdbc;
		this.ingested = ingested;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		MapSqlParameterSource params = new MapSqlParameterSource("instance", instance);
		this.jdbc.update("DELETE FROM derived_value WHERE job_instance_id = :instance", params);
		FormulaCatalog catalog = compileCatalog(params, instance);
		Map<String, Scope> declared = declaredScopes(instance);
		// the compared regions only: a context area (the country) frames them and has no derived values of its own
		List<String> regions = this.ingested.regions(instance).stream().map(Region::code).toList();
		// the few context areas left out, not the many regions listed: a long IN list is read for every row
		List<String> contextAreas = this.ingested.contextAreas(instance).stream().map(Region::code).toList();
		List<String> periods = regions.isEmpty() ? List.of() : periods(params, contextAreas);
		// Only the indicators that formulas use are read: with a large catalog that is a small part of each period.
		Set<String> used = new LinkedHashSet<>();
		catalog.inDependencyOrder()
			.forEach((indicator) -> indicator.formula().references().forEach((ref) -> used.add(ref.indicator())));
		PeriodComputation computation = new PeriodComputation(catalog, regions);
		int computed = 0;
		int missing = 0;
		for (String period : periods) {
			List<SqlParameterSource> rows = new ArrayList<>();
			Map<String, List<Operand>> others = new HashMap<>();
			Map<String, Operand> preferred = observations(params, period, used, others);
			for (PeriodComputation.Computed result : computation.compute(period, preferred, others)) {
				MapSqlParameterSource row = new MapSqlParameterSource("instance", instance)
					.addValue("region", result.region())
					.addValue("indicator", result.indicator().code())
					.addValue("period", period)
					.addValue("formula", result.indicator().formula().source())
					.addValue("benchmark", result.benchmark());
				if (result.result() instanceof FormulaResult.Value value) {
					Scope scope = declared.getOrDefault(result.indicator().code(), value.scope());
					row.addValue("value", value.value())
						.addValue("qualifier", value.qualifier().symbol())
						.addValue("inputs", result.benchmark() ? "benchmark region: defined value"
								: Lineage.describe(value.inputs()))
						.addValue("sources", String.join(";", value.sources()))
						.addValue("scopeEn", scope.en())
						.addValue("scopeZh", scope.zh())
						.addValue("periodBasis", value.periodBasis());
					missing(row, null);
					computed++;
				}
				else if (result.result() instanceof FormulaResult.Missing absent) {
					row.addValue("value", null)
						.addValue("qualifier", null)
						.addValue("inputs", null)
						.addValue("sources", null)
						.addValue("scopeEn", "")
						.addValue("scopeZh", "")
						.addValue("periodBasis", null);
					missing(row, absent.reason());
					missing++;
				}
				rows.add(row);
			}
			this.jdbc.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
		}
		logger.info(String.format("%-17s %d derived values computed, %d without data", "indicators", computed, missing));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The periods the compared regions have observations for, in order: each the first entry of the
	 * observation index (job_instance_id, period, …) after the period before, one short read of the
	 * index per period instead of a read of every row.
	 */
	private List<String> periods(MapSqlParameterSource params, List<String> contextAreas) {
		String next = """
				SELECT period FROM observation WHERE job_instance_id = :instance AND period > :after%s
				ORDER BY job_instance_id, period FETCH FIRST 1 ROW ONLY"""
			.formatted(contextAreas.isEmpty() ? "" : " AND region NOT IN (:contextAreas)");
		MapSqlParameterSource after = new MapSqlParameterSource(params.getValues()).addValue("contextAreas", contextAreas)
			.addValue("after", "");
		List<String> periods = new ArrayList<>();
		for (List<String> found = this.jdbc.queryForList(next, after, String.class); !found.isEmpty();
				found = this.jdbc.queryForList(next, after, String.class)) {
			periods.add(found.get(0));
			after.addValue("after", found.get(0));
		}
		return periods;
	}

	private static void missing(MapSqlParameterSource row, MissingReason reason) {
		row.addValue("missingKind", (reason != null) ? reason.kind().name() : null)
			.addValue("missingInput", (reason != null) ? reason.input() : null)
			.addValue("missingPeriod", (reason != null) ? reason.period() : null);
	}

	/**
	 * The scopes the catalog declares for derived indicators ({@code scope_en}, {@code scope_zh}):
	 * what such a figure describes is not always the narrowest of its inputs. Guizhou's capacity
	 * divided by its share of the national total describes China, not Guizhou.
	 */
	private Map<String, Scope> declaredScopes(long instance) {
		Map<String, Scope> scopes = new HashMap<>();
		for (var indicator : this.ingested.indicators(instance)) {
			Scope scope = Scope.of(indicator.attributes().get("scope_en"), indicator.attributes().get("scope_zh"));
			if (indicator.isDerived() && !scope.isWholeRegion()) {
				scopes.put(indicator.code(), scope);
			}
		}
		return scopes;
	}

	private FormulaCatalog compileCatalog(MapSqlParameterSource params, long instance) {
		List<DerivedDefinition> derived = this.jdbc.query("""
				SELECT code, formula, line, region, benchmark_region, benchmark_value FROM indicator
				WHERE job_instance_id = :instance AND kind = 'derived' ORDER BY line""", params, (rs, i) -> {
			double benchmark = rs.getDouble("benchmark_value");
			return new DerivedDefinition(rs.getString("code"), rs.getString("formula"), rs.getInt("line"),
					rs.getString("region"), rs.getString("benchmark_region"), rs.wasNull() ? null : benchmark);
		});
		Set<String> codes = new LinkedHashSet<>(this.jdbc.queryForList(
				"SELECT code FROM indicator WHERE job_instance_id = :instance", params, String.class));
		Set<String> regions = new LinkedHashSet<>(this.jdbc.queryForList(
				"SELECT code FROM region WHERE job_instance_id = :instance", params, String.class));
		return FormulaCatalog.compile("indicators.csv", derived, codes, regions,
				new FormulaCatalog.NotLoaded(this.ingested.rejectedCodes(instance, InputFileSpec.INDICATORS),
						this.ingested.rejectedCodes(instance, InputFileSpec.REGIONS)));
	}

	/** The period's preferred values of these indicators; the other sources' values go to {@code others}. */
	private Map<String, Operand> observations(MapSqlParameterSource params, String period, Set<String> indicators,
			Map<String, List<Operand>> others) {
		Map<String, Operand> values = new HashMap<>();
		if (indicators.isEmpty()) {
			return values;
		}
		this.jdbc.query("""
				SELECT region, indicator, val, qualifier, source, scope_en, scope_zh, period_basis,
					COALESCE(preferred, TRUE) AS preferred FROM observation
				WHERE job_instance_id = :instance AND period = :period AND indicator IN (:indicators)""",
				new MapSqlParameterSource(params.getValues()).addValue("period", period).addValue("indicators", indicators),
				(rs) -> {
					String region = rs.getString("region");
					String indicator = rs.getString("indicator");
					Qualifier qualifier = Qualifier.fromSymbol(rs.getString("qualifier")).orElseThrow();
					Operand operand = new Operand(region, indicator, period, rs.getDouble("val"), qualifier,
							Set.of(rs.getString("source")), Scope.of(rs.getString("scope_en"), rs.getString("scope_zh")),
							rs.getString("period_basis"));
					String key = PeriodComputation.key(region, indicator);
					if (rs.getBoolean("preferred")) {
						values.put(key, operand);
					}
					else {
						others.computeIfAbsent(key, (k) -> new ArrayList<>()).add(operand);
					}
				});
		return values;
	}

}
