package org.policybriefs.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the observed and derived values of a run, for the briefs and the exports.
 */
@Repository
public class IndicatorValues {

	private static final String ALL = """
			SELECT region, indicator, period, val, qualifier, 'observed' AS kind, CAST(NULL AS VARCHAR(2000)) AS formula,
				CAST(NULL AS VARCHAR(20000)) AS inputs, source AS sources, quote, quote_en, scope_en, scope_zh,
				period_basis, FALSE AS benchmark, CAST(NULL AS VARCHAR(32)) AS missing_kind,
				CAST(NULL AS VARCHAR(2000)) AS missing_input, CAST(NULL AS VARCHAR(16)) AS missing_period,
				COALESCE(preferred, TRUE) AS preferred, agrees
			FROM observation WHERE job_instance_id = :instance
			UNION ALL
			SELECT region, indicator, period, val, qualifier, 'derived', formula, inputs, sources, CAST(NULL AS VARCHAR(4000)),
				CAST(NULL AS VARCHAR(4000)), scope_en, scope_zh, period_basis, COALESCE(benchmark, FALSE), missing_kind,
				missing_input, missing_period, TRUE, CAST(NULL AS BOOLEAN)
			FROM derived_value WHERE job_instance_id = :instance
			ORDER BY region, indicator, period, preferred DESC""";

	private final NamedParameterJdbcTemplate jdbc;

	IndicatorValues(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<IndicatorValue> findAll(long instance) {
		return this.jdbc.query(ALL, new MapSqlParameterSource("instance", instance), (rs, i) -> map(rs));
	}

	/** Streams every value without holding them all, for exports of any size. */
	/** Deletes these runs' derived values, in the caller's transaction. */
	public void deleteRuns(Collection<Long> instances) {
		this.jdbc.update("DELETE FROM derived_value WHERE job_instance_id IN (:instances)",
				new MapSqlParameterSource("instances", instances));
	}

	public void forEach(long instance, Consumer<IndicatorValue> action) {
		this.jdbc.query(ALL, new MapSqlParameterSource("instance", instance), (rs) -> {
			action.accept(map(rs));
		});
	}

	private static IndicatorValue map(ResultSet rs) throws SQLException {
		double value = rs.getDouble("val");
		Double boxed = rs.wasNull() ? null : value;
		String sources = rs.getString("sources");
		String missingKind = rs.getString("missing_kind");
		MissingReason missing = (boxed == null && missingKind != null)
				? new MissingReason(MissingReason.Kind.valueOf(missingKind), rs.getString("missing_input"),
						rs.getString("missing_period"))
				: null;
		return new IndicatorValue(rs.getString("region"), rs.getString("indicator"), rs.getString("period"), boxed,
				rs.getString("qualifier"), rs.getString("kind"), rs.getString("formula"), rs.getString("inputs"),
				(sources != null && !sources.isEmpty()) ? Arrays.asList(sources.split(";")) : List.of(),
				rs.getString("quote"), rs.getString("quote_en"), Scope.of(rs.getString("scope_en"), rs.getString("scope_zh")),
				rs.getString("period_basis"), rs.getBoolean("benchmark"), missing, rs.getBoolean("preferred"),
				(Boolean) rs.getObject("agrees"));
	}

}
