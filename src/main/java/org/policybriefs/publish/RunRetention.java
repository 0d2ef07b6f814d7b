package org.policybriefs.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, after a successful publish and in one transaction, the data of the runs that
 * {@link RetentionPlan} finds expired, and delivery-log rows older than their own limit; with
 * {@code delete-files}, also the published folders of the as-of dates no kept run has.
 */
class RunRetention {

	private static final Log logger = LogFactory.getLog(RunRetention.class);

	/** The tables that hold a run's data, by job instance. The delivery log is not among them: it is the audit. */
	static final List<String> RUN_TABLES = List.of("source", "region", "indicator", "observation", "derived_value",
			"rejected_row", "file_reconciliation", "rendered_brief");

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final RetentionProperties limits;

	RunRetention(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction, RetentionProperties limits) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.limits = limits;
	}

	/** What one pass of retention did, as the log and the run page say it. */
	record Outcome(int runs, List<String> asOf, int deliveryRows, int folders) {

		String describe() {
			return "deleted the data of " + this.runs + " run" + ((this.runs == 1) ? "" : "s")
					+ (this.asOf.isEmpty() ? "" : " (as of " + String.join(", ", this.asOf) + ")") + ", "
					+ this.deliveryRows + " delivery-log row" + ((this.deliveryRows == 1) ? "" : "s") + ", "
					+ this.folders + " published folder" + ((this.folders == 1) ? "" : "s");
		}

	}

	Outcome apply(long current, LocalDate previousEdition, Path output, LocalDate today) {
		List<RetentionPlan.Run> runs = runs();
		List<RetentionPlan.Run> expired = RetentionPlan.expired(runs, today, this.limits, current, previousEdition);
		List<Long> instances = expired.stream().map(RetentionPlan.Run::instance).toList();
		LocalDateTime auditCutoff = today.minusDays(Math.max(0, this.limits.keepDeliveryDays())).atStartOfDay();
		Integer deliveryRows = this.transaction.execute((status) -> {
			if (!instances.isEmpty()) {
				MapSqlParameterSource params = new MapSqlParameterSource("instances", instances);
				for (String table : RUN_TABLES) {
					this.jdbc.update("DELETE FROM " + table + " WHERE job_instance_id IN (:instances)", params);
				}
			}
			return this.jdbc.update("DELETE FROM delivery_log WHERE started_at < :cutoff",
					new MapSqlParameterSource("cutoff", Timestamp.valueOf(auditCutoff)));
		});
		List<String> dates = expired.stream().map((run) -> run.asOf().toString()).distinct().toList();
		Set<String> keptDates = runs.stream()
			.filter((run) -> !instances.contains(run.instance()))
			.map((run) -> run.asOf().toString())
			.collect(Collectors.toSet());
		int folders = this.limits.deleteFiles() ? deleteFolders(output, dates, keptDates) : 0;
		Outcome outcome = new Outcome(instances.size(), dates, (deliveryRows != null) ? deliveryRows : 0, folders);
		logger.info(String.format("%-17s %s", "retention", outcome.describe()));
		return outcome;
	}

	/** Every run of the brief job that still has data, with its as-of date and whether it is running. */
	private List<RetentionPlan.Run> runs() {
		List<RetentionPlan.Run> runs = new ArrayList<>();
		this.jdbc.query("""
				SELECT e.JOB_INSTANCE_ID AS instance, MAX(p.PARAMETER_VALUE) AS as_of,
					SUM(CASE WHEN e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') THEN 1 ELSE 0 END) AS running
				FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'asOf'
				WHERE e.JOB_INSTANCE_ID IN (SELECT job_instance_id FROM file_reconciliation)
					OR e.JOB_INSTANCE_ID IN (SELECT job_instance_id FROM source)
				GROUP BY e.JOB_INSTANCE_ID""", new MapSqlParameterSource(), (rs) -> {
			String asOf = rs.getString("as_of");
			if (asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
				runs.add(new RetentionPlan.Run(rs.getLong("instance"), LocalDate.parse(asOf), rs.getLong("running") > 0));
			}
		});
		return runs;
	}

	/** Deletes the as-of folders of these dates, unless a kept run still has data for the date. */
	private int deleteFolders(Path output, List<String> dates, Set<String> kept) {
		int deleted = 0;
		for (String date : dates) {
			Path folder = output.resolve(date);
			if (kept.contains(date) || !Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
				deleted++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return deleted;
	}

}
