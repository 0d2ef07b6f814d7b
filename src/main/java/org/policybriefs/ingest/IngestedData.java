package org.policybriefs.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what a run ingested: regions, the indicator catalog, sources, and the rejection
 * and reconciliation records, in file order; and deletes it when retention expires the run.
 */
@Repository
public class IngestedData {

	/** The tables of ingested data, by job instance. */
	private static final List<String> TABLES = List.of("source", "region", "indicator", "observation", "rejected_row",
			"file_reconciliation", "input_text");

	/**
	 * Up to how many figures given twice are read one query each; more are read in one pass over
	 * every row (a query costs about what reading a few dozen rows in a pass does).
	 */
	static final int FIGURES_READ_ONE_BY_ONE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	IngestedData(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The regions compared, in the file's order: every row of regions.csv but the context areas. */
	public List<Region> regions(long instance) {
		return allRegions(instance).stream().filter((region) -> !region.isContext()).toList();
	}

	/** The areas above the regions (level {@code context}, such as the country), whose figures frame the regions'. */
	public List<Region> contextAreas(long instance) {
		return allRegions(instance).stream().filter(Region::isContext).toList();
	}

	private List<Region> allRegions(long instance) {
		return this.jdbc.query("SELECT * FROM region WHERE job_instance_id = :instance ORDER BY line", params(instance),
				(rs, i) -> new Region(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"),
						rs.getString("strategy"), rs.getString("strategy_en"), rs.getString("strategy_zh"),
						IngestSql.fromJson(rs.getString("attributes")), rs.getLong("line")));
	}

	public List<IndicatorDefinition> indicators(long instance) {
		return this.jdbc.query("SELECT * FROM indicator WHERE job_instance_id = :instance ORDER BY line",
				params(instance),
				(rs, i) -> new IndicatorDefinition(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"),
						nullToEmpty(rs.getString("unit")), rs.getString("category"), rs.getString("kind"),
						nullToEmpty(rs.getString("formula")), rs.getInt("decimals"), rs.getString("direction"),
						nullToEmpty(rs.getString("region")), nullToEmpty(rs.getString("benchmark_region")),
						nullableDouble(rs, "benchmark_value"), IngestSql.fromJson(rs.getString("attributes")),
						rs.getLong("line")));
	}

	public List<Source> sources(long instance) {
		return this.jdbc.query("SELECT * FROM source WHERE job_instance_id = :instance ORDER BY line", params(instance),
				(rs, i) -> new Source(rs.getString("id"), nullToEmpty(rs.getString("title")),
						nullToEmpty(rs.getString("publisher")), nullToEmpty(rs.getString("published")),
						nullToEmpty(rs.getString("url")),
						nullToEmpty(rs.getString("kind")),
						IngestSql.fromJson(rs.getString("attributes")), rs.getLong("line")));
	}

	/**
	 * The loaded observations of the figures that more than one source gives (the same region,
	 * indicator and period), with what weighing their sources needs: the source's kind and date,
	 * and the observation's line, in the file's order. A figure with one source is its own
	 * preferred value and is not read: memory grows with the figures given twice, not with the rows.
	 */
	public List<WeighedObservation> observationsToWeigh(long instance) {
		// First the figures given twice, grouped as H2 reads the observation index (job_instance_id,
		// period, region, indicator, …): "group sorted", no hash of every key, no row read. A few are
		// then read each through the index; many, in one pass over the rows in index order, which
		// reads every row once instead of one query for each figure.
		List<MapSqlParameterSource> figures = this.jdbc.query("""
				SELECT period, region, indicator FROM observation WHERE job_instance_id = :instance
				GROUP BY job_instance_id, period, region, indicator HAVING COUNT(*) > 1""", params(instance),
				(rs, i) -> params(instance).addValue("period", rs.getString("period"))
					.addValue("region", rs.getString("region"))
					.addValue("indicator", rs.getString("indicator")));
		List<WeighedObservation> weighed = new ArrayList<>();
		if (figures.size() > FIGURES_READ_ONE_BY_ONE) {
			weighed.addAll(everyFigureGivenTwice(instance));
		}
		else {
			for (MapSqlParameterSource figure : figures) {
				weighed.addAll(weighed("", figure,
						"AND o.period = :period AND o.region = :region AND o.indicator = :indicator"));
			}
		}
		weighed.sort(Comparator.comparingLong(WeighedObservation::line));
		return weighed;
	}

	/** Every row in the order of the observation index, keeping the runs of one figure that have more than one row. */
	private List<WeighedObservation> everyFigureGivenTwice(long instance) {
		Map<String, Source> sources = new HashMap<>();
		sources(instance).forEach((source) -> sources.put(source.id(), source));
		List<WeighedObservation> weighed = new ArrayList<>();
		List<WeighedObservation> figure = new ArrayList<>();
		this.jdbc.query("""
				SELECT region, indicator, period, val, qualifier, source, line FROM observation
				WHERE job_instance_id = :instance ORDER BY job_instance_id, period, region, indicator, source""",
				params(instance), (ResultSet rs) -> {
					Source source = sources.get(rs.getString("source"));
					WeighedObservation row = weighedObservation(rs, (source != null) ? source.kind() : "",
							(source != null) ? source.published() : "");
					if (!figure.isEmpty() && !sameFigure(figure.get(0), row)) {
						keepGivenTwice(figure, weighed);
					}
					figure.add(row);
				});
		keepGivenTwice(figure, weighed);
		return weighed;
	}

	private static boolean sameFigure(WeighedObservation a, WeighedObservation b) {
		return a.period().equals(b.period()) && a.region().equals(b.region()) && a.indicator().equals(b.indicator());
	}

	private static void keepGivenTwice(List<WeighedObservation> figure, List<WeighedObservation> weighed) {
		if (figure.size() > 1) {
			weighed.addAll(figure);
		}
		figure.clear();
	}

	/** The loaded observations of the given indicators, as {@link #observationsToWeigh(long)} gives them. */
	public List<WeighedObservation> observationsOf(long instance, Collection<String> indicators) {
		if (indicators.isEmpty()) {
			return List.of();
		}
		return weighed("", params(instance).addValue("indicators", indicators), "AND o.indicator IN (:indicators)");
	}

	private List<WeighedObservation> weighed(String join, MapSqlParameterSource params, String condition) {
		return this.jdbc.query("""
				SELECT o.region, o.indicator, o.period, o.val, o.qualifier, o.source, s.kind, s.published, o.line
				FROM observation o %s
				LEFT JOIN source s ON s.job_instance_id = o.job_instance_id AND s.id = o.source
				WHERE o.job_instance_id = :instance %s ORDER BY o.line""".formatted(join, condition), params,
				(rs, i) -> weighedObservation(rs, nullToEmpty(rs.getString("kind")), nullToEmpty(rs.getString("published"))));
	}

	/** The observation of the current row, with its source's kind and date. */
	private static WeighedObservation weighedObservation(ResultSet rs, String sourceKind, String published)
			throws SQLException {
		return new WeighedObservation(rs.getString("region"), rs.getString("indicator"), rs.getString("period"),
				rs.getDouble("val"), rs.getString("qualifier"), rs.getString("source"), sourceKind, published,
				rs.getLong("line"));
	}

	/**
	 * Marks which observation of each figure is preferred (the others are not), and whether each
	 * other one agrees with it; observations not given keep no mark (preferred by default). Each is
	 * found by its whole key (job, period, region, indicator, source), which the observation index
	 * holds: by its line alone, which no index holds, every mark read every row of the job.
	 */
	public void markPreferred(long instance, List<Mark> marks) {
		this.jdbc.batchUpdate("""
				UPDATE observation SET preferred = :preferred, agrees = :agrees
				WHERE job_instance_id = :instance AND period = :period AND region = :region AND indicator = :indicator
					AND source = :source AND line = :line""", marks.stream()
			.map((mark) -> params(instance).addValue("period", mark.period())
				.addValue("region", mark.region())
				.addValue("indicator", mark.indicator())
				.addValue("source", mark.source())
				.addValue("line", mark.line())
				.addValue("preferred", mark.preferred())
				.addValue("agrees", mark.agrees()))
			.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * One observation of a figure that several sources give, as the evidence stage marks it: the
	 * preferred one ({@code agrees} null), or another and whether it agrees with the preferred.
	 */
	public record Mark(String region, String indicator, String period, String source, long line, boolean preferred,
			Boolean agrees) {
	}

	/** An observation as the evidence stage weighs it. */
	public record WeighedObservation(String region, String indicator, String period, double value, String qualifier,
			String source, String sourceKind, String published, long line) {
	}

	/**
	 * The codes (region codes, indicator codes, source ids) of the file's rows rejected for their
	 * code, such as every copy of a conflicting duplicate; a later file naming one is told so.
	 */
	public Set<String> rejectedCodes(long instance, InputFileSpec file) {
		return RejectedKeys.load(this.jdbc, instance).codes(file);
	}

	public List<RejectedRow> rejectedRows(long instance) {
		return this.jdbc.query("""
				SELECT file, line, column_name, val, reason FROM rejected_row WHERE job_instance_id = :instance
				ORDER BY file, line""", params(instance),
				(rs, i) -> new RejectedRow(rs.getString("file"), rs.getLong("line"), rs.getString("column_name"),
						rs.getString("val"), rs.getString("reason")));
	}

	public List<FileReconciliation> reconciliations(long instance) {
		return this.jdbc.query("SELECT * FROM file_reconciliation WHERE job_instance_id = :instance ORDER BY file",
				params(instance), (rs, i) -> new FileReconciliation(rs.getString("file"), rs.getLong("rows_read"),
						rs.getLong("rows_loaded"), rs.getLong("rows_rejected")));
	}

	private static MapSqlParameterSource params(long instance) {
		return new MapSqlParameterSource("instance", instance);
	}

	private static Double nullableDouble(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** Rows read, loaded and rejected for one input file. */
	/** The job instances that still hold ingested data. */
	public Set<Long> runsWithData() {
		return new HashSet<>(this.jdbc.queryForList(
				"SELECT job_instance_id FROM file_reconciliation UNION SELECT job_instance_id FROM source",
				new MapSqlParameterSource(), Long.class));
	}

	/** Deletes what these runs ingested (rows, rejects, reconciliations), in the caller's transaction. */
	public void deleteRuns(Collection<Long> instances) {
		MapSqlParameterSource params = new MapSqlParameterSource("instances", instances);
		for (String table : TABLES) {
			this.jdbc.update("DELETE FROM " + table + " WHERE job_instance_id IN (:instances)", params);
		}
	}

	public record FileReconciliation(String file, long read, long loaded, long rejected) {
	}

}
