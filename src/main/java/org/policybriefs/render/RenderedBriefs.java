package org.policybriefs.render;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code rendered_brief}: each brief a run rendered into staging, with its size, pages,
 * digest and the worker that rendered it. A record commits at once, apart from the step's
 * transaction, so a run killed half-way, or a partition given to another worker, finds every
 * brief that was finished and renders only the others.
 */
@Repository
public class RenderedBriefs {

	/** The name of the render step, which records the briefs. */
	public static final String STEP = "render";

	private static final String COLUMNS = "brief_id, locale, file_name AS file, bytes, pages, sha256, worker";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	RenderedBriefs(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The run's briefs, by brief and locale. */
	public List<RenderedBrief> findAll(long instance) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM rendered_brief WHERE job_instance_id = :instance"
				+ " ORDER BY brief_id, locale", new MapSqlParameterSource("instance", instance),
				(rs, n) -> new RenderedBrief(BriefId.parse(rs.getString("brief_id")), rs.getString("locale"),
						rs.getString("file"), rs.getLong("bytes"), rs.getInt("pages"), rs.getString("sha256"),
						rs.getString("worker")));
	}

	public int count(long instance) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM rendered_brief WHERE job_instance_id = :instance",
				new MapSqlParameterSource("instance", instance), Integer.class);
		return (count != null) ? count : 0;
	}

	/** Deletes the records of these runs' briefs, in the caller's transaction; the files stay. */
	public void deleteRuns(Collection<Long> instances) {
		this.jdbc.update("DELETE FROM rendered_brief WHERE job_instance_id IN (:instances)",
				new MapSqlParameterSource("instances", instances));
	}

	/** The digest recorded for one brief of the run, if it was rendered. */
	Optional<String> sha256(long instance, BriefId briefId, String locale) {
		return this.jdbc.queryForList("""
				SELECT sha256 FROM rendered_brief WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
				key(instance, briefId, locale), String.class).stream().findFirst();
	}

	/** Records a brief, replacing an earlier record of the same brief in the same run. */
	void record(long instance, RenderedBrief brief) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.update("""
					DELETE FROM rendered_brief WHERE job_instance_id = :instance AND brief_id = :brief AND locale = :locale""",
					key(instance, brief.briefId(), brief.locale()));
			this.jdbc.update("""
					INSERT INTO rendered_brief (job_instance_id, brief_id, locale, file_name, bytes, pages, sha256, worker)
					VALUES (:instance, :brief, :locale, :file, :bytes, :pages, :sha256, :worker)""",
					key(instance, brief.briefId(), brief.locale()).addValue("file", brief.file())
						.addValue("bytes", brief.bytes())
						.addValue("pages", brief.pages())
						.addValue("sha256", brief.sha256())
						.addValue("worker", brief.worker()));
		});
	}

	private static MapSqlParameterSource key(long instance, BriefId briefId, String locale) {
		return new MapSqlParameterSource("instance", instance).addValue("brief", briefId.toString())
			.addValue("locale", locale);
	}

	/**
	 * One rendered brief: its id and locale, the PDF's file name, bytes, pages and sha256, and the
	 * worker (host and process) that rendered it.
	 */
	public record RenderedBrief(BriefId briefId, String locale, String file, long bytes, int pages, String sha256,
			String worker) {
	}

}
