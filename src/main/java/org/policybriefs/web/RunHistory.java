package org.policybriefs.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.Region;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.render.BriefSelection;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the history of the brief job for the pages and the API: the job repository for status
 * and steps, the job's own tables for rows, briefs, rejects and deliveries.
 */
@Component
class RunHistory {

	static final String BRIEF_JOB = "briefs";

	/** A run id in a path: decimal digits only, so that 0x1 or 1e3 is no run rather than run 1. */
	static final String ID = "[0-9]+";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	private final NamedParameterJdbcTemplate jdbc;

	private final List<String> stepNames;

	private final IngestedData ingested;

	RunHistory(JobRepository jobRepository, NamedParameterJdbcTemplate jdbc, Job briefJob, IngestedData ingested) {
		this.ingested = ingested;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.stepNames = (briefJob instanceof ListableStepLocator locator) ? List.copyOf(locator.getStepNames()) : List.of();
	}

	List<RunSummary> recent(int count) {
		List<RunSummary> runs = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(BRIEF_JOB, 0, count)) {
			for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
				runs.add(summary(execution));
			}
		}
		runs.sort(Comparator.comparingLong(RunSummary::id).reversed());
		return (runs.size() > count) ? runs.subList(0, count) : runs;
	}

	Optional<JobExecution> execution(long id) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return Optional.empty();
		}
		if (execution == null || !BRIEF_JOB.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return Optional.of(execution);
	}

	/** The newest completed run: the one whose data the Data page shows. */
	Optional<JobExecution> latestCompleted() {
		for (JobInstance instance : this.jobRepository.getJobInstances(BRIEF_JOB, 0, 200)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return Optional.of(last);
			}
		}
		return Optional.empty();
	}

	RunSummary summary(JobExecution execution) {
		long instance = execution.getJobInstance().getInstanceId();
		String asOf = execution.getJobParameters().getString("asOf");
		int briefsTotal = briefsTotal(execution, instance);
		int rendered = queryInt("SELECT COUNT(*) FROM rendered_brief WHERE job_instance_id = :instance", instance);
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		Duration duration = (start == null) ? null : Duration.between(start, (end != null) ? end : LocalDateTime.now());
		List<String> problems = new ArrayList<>();
		if (execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.ABANDONED) {
			String description = execution.getExitStatus().getExitDescription();
			problems.add(firstLine(description));
		}
		return new RunSummary(execution.getId(), instance, asOf,
				BriefRunRequest.Trigger.label(execution.getJobParameters().getString("trigger")),
				status(execution), execution.isRunning(), format(start), format(end), format(duration), rows(instance),
				rendered, deliveries(execution.getId()), progress(execution, rendered, briefsTotal), problems);
	}

	private static String status(JobExecution execution) {
		if (RunOutcome.deliveryFailed(execution)) {
			return "DELIVERY FAILED";
		}
		return execution.getStatus().name();
	}

	private RunSummary.Progress progress(JobExecution execution, int rendered, int briefsTotal) {
		Collection<StepExecution> steps = execution.getStepExecutions();
		int done = (int) steps.stream().filter((step) -> step.getStatus() == BatchStatus.COMPLETED).count();
		int total = Math.max(this.stepNames.size(), done);
		String current = steps.stream()
			.filter((step) -> step.getStatus().isRunning())
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse("");
		int percent;
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			percent = 100;
		}
		else {
			// each step is one share of the bar; render, the long one, fills its share brief by brief
			double share = (total == 0) ? 0 : 100.0 / total;
			double inRender = ("render".equals(current) && briefsTotal > 0) ? share * rendered / briefsTotal : 0;
			percent = (int) Math.min(99, Math.floor(done * share + inRender));
		}
		return new RunSummary.Progress(done, total, current, Math.min(rendered, briefsTotal), briefsTotal, percent);
	}

	private RunSummary.Counts rows(long instance) {
		Map<String, Object> row = this.jdbc.queryForMap("""
				SELECT COALESCE(SUM(rows_read), 0) AS "read", COALESCE(SUM(rows_loaded), 0) AS "loaded",
					COALESCE(SUM(rows_rejected), 0) AS "rejected"
				FROM file_reconciliation WHERE job_instance_id = :instance""",
				new MapSqlParameterSource("instance", instance));
		return new RunSummary.Counts(((Number) row.get("read")).longValue(), ((Number) row.get("loaded")).longValue(),
				((Number) row.get("rejected")).longValue());
	}

	private RunSummary.Deliveries deliveries(long execution) {
		int[] counts = new int[4];
		this.jdbc.query("""
				SELECT status, COUNT(*) AS n FROM delivery_log WHERE job_execution_id = :execution GROUP BY status""",
				new MapSqlParameterSource("execution", execution), (rs) -> {
					int index = switch (rs.getString("status")) {
						case "SENT" -> 0;
						case "SKIPPED" -> 1;
						case "FAILED" -> 2;
						default -> 3;
					};
					counts[index] += rs.getInt("n");
				});
		return new RunSummary.Deliveries(counts[0], counts[1], counts[2], counts[3]);
	}

	List<Map<String, Object>> briefs(long instance) {
		return this.jdbc.queryForList("""
				SELECT brief_id AS "briefId", locale AS "locale", file_name AS "file", bytes AS "bytes", pages AS "pages"
				FROM rendered_brief WHERE job_instance_id = :instance ORDER BY brief_id, locale""",
				new MapSqlParameterSource("instance", instance));
	}

	List<Map<String, Object>> reconciliation(long instance) {
		return this.jdbc.queryForList("""
				SELECT file AS "file", rows_read AS "read", rows_loaded AS "loaded", rows_rejected AS "rejected"
				FROM file_reconciliation WHERE job_instance_id = :instance ORDER BY file""",
				new MapSqlParameterSource("instance", instance));
	}

	List<Map<String, Object>> rejects(long instance) {
		return this.jdbc.queryForList("""
				SELECT file AS "file", line AS "line", column_name AS "column", val AS "value", reason AS "reason"
				FROM rejected_row WHERE job_instance_id = :instance ORDER BY file, line""",
				new MapSqlParameterSource("instance", instance));
	}

	List<Map<String, Object>> deliveryLog(long instance) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT job_execution_id AS "run", recipient AS "recipient", briefs AS "briefs", status AS "status",
					attempts AS "attempts", message_id AS "messageId", error AS "error",
					CAST(started_at AS VARCHAR(40)) AS "started", CAST(finished_at AS VARCHAR(40)) AS "finished"
				FROM delivery_log WHERE job_instance_id = :instance ORDER BY id""",
				new MapSqlParameterSource("instance", instance));
		for (Map<String, Object> row : rows) {
			// to the second, as every other time on the pages
			row.replaceAll((key, value) -> (("started".equals(key) || "finished".equals(key)) && value != null
					&& value.toString().length() > 19) ? value.toString().substring(0, 19) : value);
		}
		return rows;
	}

	private int queryInt(String sql, long instance) {
		Integer value = this.jdbc.queryForObject(sql, new MapSqlParameterSource("instance", instance), Integer.class);
		return (value != null) ? value : 0;
	}

	/** The briefs the run makes: known once its regions are ingested, nought before. */
	private int briefsTotal(JobExecution execution, long instance) {
		List<String> regions = this.ingested.regions(instance).stream().map(Region::code).toList();
		String briefs = execution.getJobParameters().getString("briefs");
		if (regions.isEmpty() || briefs == null) {
			return 0;
		}
		return BriefSelection.count(List.of(briefs.split(",")), regions,
				count(execution.getJobParameters().getString("locales")));
	}

	private static int count(String list) {
		return (list == null || list.isBlank()) ? 0 : list.split(",").length;
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String line = text.strip().lines().findFirst().orElse("");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

	private static String format(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : "";
	}

	private static String format(Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = duration.toSeconds();
		return (seconds < 60) ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
	}

}
