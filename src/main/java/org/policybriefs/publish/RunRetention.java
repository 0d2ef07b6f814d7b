package org.policybriefs.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.render.RenderedBriefs;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, after a successful publish and in one transaction, the data of the runs that
 * {@link RetentionPlan} finds expired, each stage's through its own repository; with
 * {@code delete-files}, also the published folders of the as-of dates no kept run has. The
 * delivery log, the audit of what was sent, is not a run's data: the distribute step keeps it for
 * its own limit.
 */
class RunRetention {

	private static final Log logger = LogFactory.getLog(RunRetention.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final IngestedData ingested;

	private final IndicatorValues values;

	private final EvidenceData evidence;

	private final RenderedBriefs rendered;

	private final TransactionTemplate transaction;

	private final RetentionProperties limits;

	RunRetention(NamedParameterJdbcTemplate jdbc, IngestedData ingested, IndicatorValues values, EvidenceData evidence,
			RenderedBriefs rendered, TransactionTemplate transaction, RetentionProperties limits) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.ingested = ingested;
		this.values = values;
		this.rendered = rendered;
		this.transaction = transaction;
		this.limits = limits;
	}

	/** What one pass of retention did, as the log and the run page say it. */
	record Outcome(int runs, List<String> asOf, int folders) {

		String describe() {
			return "deleted the data of " + this.runs + " run" + ((this.runs == 1) ? "" : "s")
					+ (this.asOf.isEmpty() ? "" : " (as of " + String.join(", ", this.asOf) + ")") + ", "
					+ this.folders + " published folder" + ((this.folders == 1) ? "" : "s");
		}

	}

	Outcome apply(long current, LocalDate previousEdition, Path output, LocalDate today) {
		List<RetentionPlan.Run> runs = runs();
		List<RetentionPlan.Run> expired = RetentionPlan.expired(runs, today, this.limits, current, previousEdition);
		List<Long> instances = expired.stream().map(RetentionPlan.Run::instance).toList();
		if (!instances.isEmpty()) {
			this.transaction.executeWithoutResult((status) -> {
				this.ingested.deleteRuns(instances);
				this.values.deleteRuns(instances);
				this.evidence.deleteRuns(instances);
				this.rendered.deleteRuns(instances);
			});
		}
		List<String> dates = expired.stream().map((run) -> run.asOf().toString()).distinct().toList();
		Set<String> keptDates = runs.stream()
			.filter((run) -> !instances.contains(run.instance()))
			.map((run) -> run.asOf().toString())
			.collect(Collectors.toSet());
		int folders = this.limits.deleteFiles() ? deleteFolders(output, dates, keptDates) : 0;
		Outcome outcome = new Outcome(instances.size(), dates, folders);
		logger.info(String.format("%-17s %s", "retention", outcome.describe()));
		return outcome;
	}

	/** Every run of the brief job that still has data, with its as-of date and whether it is running. */
	private List<RetentionPlan.Run> runs() {
		Set<Long> withData = this.ingested.runsWithData();
		List<RetentionPlan.Run> runs = new ArrayList<>();
		this.jdbc.query("""
				SELECT e.JOB_INSTANCE_ID AS instance, MAX(p.PARAMETER_VALUE) AS as_of,
					SUM(CASE WHEN e.STATUS IN ('STARTING', 'STARTED', 'STOPPING') THEN 1 ELSE 0 END) AS running
				FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'asOf'
				GROUP BY e.JOB_INSTANCE_ID""", new MapSqlParameterSource(), (rs) -> {
			String asOf = rs.getString("as_of");
			if (withData.contains(rs.getLong("instance")) && asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
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
