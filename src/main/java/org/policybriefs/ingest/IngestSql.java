package org.policybriefs.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The insert statements of the ingest steps, each with the binding of a record to its
 * parameters. Positional parameters bound straight from the record: a million rows go through
 * here, so no per-row map of named parameters.
 */
final class IngestSql {

	static final Insert<Source> SOURCE = new Insert<>("""
			INSERT INTO source (job_instance_id, id, title, publisher, published, url, attributes, line, kind)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", (ps, source) -> {
		ps.setString(2, source.id());
		ps.setString(3, source.title());
		ps.setString(4, source.publisher());
		ps.setString(5, source.published());
		ps.setString(6, source.url());
		ps.setString(7, toJson(source.attributes()));
		ps.setLong(8, source.line());
		ps.setString(9, source.kind());
	});

	static final Insert<Region> REGION = new Insert<>("""
			INSERT INTO region (job_instance_id, code, name_en, name_zh, strategy, strategy_en, strategy_zh, attributes, line)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", (ps, region) -> {
		ps.setString(2, region.code());
		ps.setString(3, region.nameEn());
		ps.setString(4, region.nameZh());
		ps.setString(5, region.strategy());
		ps.setString(6, region.strategyEn());
		ps.setString(7, region.strategyZh());
		ps.setString(8, toJson(region.attributes()));
		ps.setLong(9, region.line());
	});

	static final Insert<IndicatorDefinition> INDICATOR = new Insert<>("""
			INSERT INTO indicator (job_instance_id, code, name_en, name_zh, unit, category, kind, formula, decimals,
				direction, attributes, line, region, benchmark_region, benchmark_value)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (ps, indicator) -> {
		ps.setString(2, indicator.code());
		ps.setString(3, indicator.nameEn());
		ps.setString(4, indicator.nameZh());
		ps.setString(5, indicator.unit());
		ps.setString(6, indicator.category());
		ps.setString(7, indicator.kind());
		ps.setString(8, indicator.formula().isEmpty() ? null : indicator.formula());
		ps.setInt(9, indicator.decimals());
		ps.setString(10, indicator.direction());
		ps.setString(11, toJson(indicator.attributes()));
		ps.setLong(12, indicator.line());
		ps.setString(13, indicator.region().isEmpty() ? null : indicator.region());
		ps.setString(14, indicator.benchmarkRegion().isEmpty() ? null : indicator.benchmarkRegion());
		if (indicator.benchmarkValue() != null) {
			ps.setDouble(15, indicator.benchmarkValue());
		}
		else {
			ps.setNull(15, java.sql.Types.DOUBLE);
		}
	});

	static final Insert<Observation> OBSERVATION = new Insert<>("""
			INSERT INTO observation (job_instance_id, region, indicator, period, val, qualifier, source, quote, note, line,
				scope_en, scope_zh, period_basis, quote_en)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (ps, observation) -> {
		ps.setString(2, observation.region());
		ps.setString(3, observation.indicator());
		ps.setString(4, observation.period());
		ps.setDouble(5, observation.value());
		ps.setString(6, observation.qualifier());
		ps.setString(7, observation.source());
		ps.setString(8, observation.quote());
		ps.setString(9, observation.note());
		ps.setLong(10, observation.line());
		ps.setString(11, observation.scopeEn());
		ps.setString(12, observation.scopeZh());
		ps.setString(13, observation.periodBasis());
		ps.setString(14, observation.quoteEn());
	});

	static final Insert<RejectedRow> REJECTED_ROW = new Insert<>("""
			INSERT INTO rejected_row (job_instance_id, file, line, column_name, val, reason, row_key)
			VALUES (?, ?, ?, ?, ?, ?, ?)""", (ps, rejection) -> {
		ps.setString(2, rejection.file());
		ps.setLong(3, rejection.line());
		ps.setString(4, rejection.column());
		ps.setString(5, rejection.value());
		ps.setString(6, rejection.reason());
		ps.setString(7, rejection.key());
	});

	private static final JsonMapper json = JsonMapper.builder().build();

	private IngestSql() {
	}

	static String toJson(Map<String, String> attributes) {
		return json.writeValueAsString(attributes);
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> fromJson(String attributes) {
		return (attributes != null) ? json.readValue(attributes, Map.class) : Map.of();
	}

	/** Binds a record to parameters 2 and on; parameter 1 is always the job instance. */
	@FunctionalInterface
	interface Binder<T> {

		void bind(PreparedStatement statement, T row) throws SQLException;

	}

	/** An insert statement and how a record fills it. */
	record Insert<T>(String sql, Binder<T> binder) {
	}

}
