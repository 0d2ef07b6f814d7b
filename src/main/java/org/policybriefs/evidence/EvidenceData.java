package org.policybriefs.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The evidence stage's tables: the kinds of source a run ranked by, and the checks it ran.
 */
@Repository
public class EvidenceData {

	private final NamedParameterJdbcTemplate jdbc;

	EvidenceData(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long instance, List<EvidenceCatalog.SourceKind> kinds, List<CheckResult> results) {
		MapSqlParameterSource run = new MapSqlParameterSource("instance", instance);
		this.jdbc.update("DELETE FROM source_kind WHERE job_instance_id = :instance", run);
		this.jdbc.update("DELETE FROM check_result WHERE job_instance_id = :instance", run);
		this.jdbc.batchUpdate("INSERT INTO source_kind (job_instance_id, kind, rank, name_en, name_zh)"
				+ " VALUES (:instance, :kind, :rank, :en, :zh)", kinds.stream()
			.map((kind) -> new MapSqlParameterSource("instance", instance).addValue("kind", kind.code())
				.addValue("rank", kind.rank()).addValue("en", kind.nameEn()).addValue("zh", kind.nameZh()))
			.toArray(MapSqlParameterSource[]::new));
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			CheckResult result = results.get(i);
			rows.add(new MapSqlParameterSource("instance", instance).addValue("seq", i + 1)
				.addValue("id", result.checkId()).addValue("kind", result.kind()).addValue("region", result.region())
				.addValue("period", result.period()).addValue("passed", result.passed())
				.addValue("figures", encode(result.figures())).addValue("arithmetic", result.arithmetic())
				.addValue("en", result.en()).addValue("zh", result.zh()));
		}
		this.jdbc.batchUpdate("""
				INSERT INTO check_result (job_instance_id, seq, check_id, check_kind, region, period, passed, figures,
					arithmetic, wording_en, wording_zh)
				VALUES (:instance, :seq, :id, :kind, :region, :period, :passed, :figures, :arithmetic, :en, :zh)""",
				rows.toArray(MapSqlParameterSource[]::new));
	}

	/** The kinds of source the run ranked by, most authoritative first. */
	public List<EvidenceCatalog.SourceKind> kinds(long instance) {
		return this.jdbc.query("SELECT * FROM source_kind WHERE job_instance_id = :instance ORDER BY rank",
				new MapSqlParameterSource("instance", instance), (rs, i) -> new EvidenceCatalog.SourceKind(
						rs.getString("kind"), rs.getInt("rank"), rs.getString("name_en"), rs.getString("name_zh")));
	}

	/** Every check the run ran, passed or failed, in the catalog's order. */
	public List<CheckResult> results(long instance) {
		return this.jdbc.query("SELECT * FROM check_result WHERE job_instance_id = :instance ORDER BY seq",
				new MapSqlParameterSource("instance", instance),
				(rs, i) -> new CheckResult(rs.getString("check_id"), rs.getString("check_kind"), rs.getString("region"),
						rs.getString("period"), rs.getBoolean("passed"), decode(rs.getString("figures")),
						rs.getString("arithmetic"), rs.getString("wording_en"), rs.getString("wording_zh")));
	}

	/** Deletes these runs' kinds and checks, in the caller's transaction. */
	public void deleteRuns(Collection<Long> instances) {
		MapSqlParameterSource params = new MapSqlParameterSource("instances", instances);
		this.jdbc.update("DELETE FROM source_kind WHERE job_instance_id IN (:instances)", params);
		this.jdbc.update("DELETE FROM check_result WHERE job_instance_id IN (:instances)", params);
	}

	// A figure per line, its fields tab-separated: codes, numbers and source ids hold neither.
	private static String encode(List<CheckResult.Compared> figures) {
		return String.join("\n", figures.stream().map((c) -> {
			Figure f = c.figure();
			return String.join("\t", c.role(), f.region(), f.indicator(), f.period(), Double.toString(f.value()),
					f.qualifier(), f.source(), f.sourceKind(), f.published(), Long.toString(f.line()));
		}).toList());
	}

	private static List<CheckResult.Compared> decode(String figures) {
		return Arrays.stream(figures.split("\n")).map((line) -> {
			String[] f = line.split("\t", -1);
			return new CheckResult.Compared(f[0], new Figure(f[1], f[2], f[3], Double.parseDouble(f[4]), f[5], f[6], f[7],
					f[8], Long.parseLong(f[9])));
		}).toList();
	}

}
