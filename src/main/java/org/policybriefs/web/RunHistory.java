package org.policybriefs.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.policybriefs.brief.BriefSelection;
import org.policybriefs.distribute.DeliveryLog;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.RejectedRow;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.JobNames;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.render.RenderedBriefs;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads the history of the brief job for the pages and the API: the job repository for status
 * and steps, the stages' own repositories for rows, briefs (and who rendered them), rejects and
 * deliveries.
 */
@Component
class RunHistory {

	/** A run id in a path: decimal digits only, so that 0x1 or 1e3 is no run rather than run 1. */
	static final String ID = "[0-9]+";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	private final IngestedData ingested;

	private final RenderedBriefs rendered;

	private final DeliveryLog deliveries;

	private final List<String> stepNames;

	RunHistory(JobRepository jobRepository, IngestedData ingested, RenderedBriefs rendered, DeliveryLog deliveries,
			Job briefJob) {
		this.jobRepository = jobRepository;
		this.ingested = ingested;
		this.rendered = rendered;
		this.deliveries = deliveries;
		this.stepNames = (briefJob instanceof ListableStepLocator locator) ? List.copyOf(locator.getStepNames()) : List.of();
	}

	List<RunSummary> recent(int count) {
		List<RunSummary> runs = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(JobNames.BRIEFS, 0, count)) {
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
		if (execution == null || !JobNames.BRIEFS.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return Optional.of(execution);
	}

	/** One delivery as the pages and the API show it. Public, with its parts, because FreeMarker reads only public types. */
	public record DeliveryView(long run, String recipient, String briefs, String status, int attempts, String messageId,
			String error, String started, String finished) {
	}

	/** The newest completed run: the one whose data the Data page shows. */
	Optional<JobExecution> latestCompleted() {
		for (JobInstance instance : this.jobRepository.getJobInstances(JobNames.BRIEFS, 0, 200)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return Optional.of(last);
			}
		}
		return Optional.empty();
	}

	RunSummary summary(JobExecution execution) {
		long instance = execution.getJobInstance().getInstanceId();
		BriefRun run = BriefRun.of(execution.getJobParameters());
		int briefsTotal = briefsTotal(execution, instance);
		int rendered = this.rendered.count(instance);
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		Duration duration = (start == null) ? null : Duration.between(start, (end != null) ? end : LocalDateTime.now());
		List<String> problems = new ArrayList<>();
		if (execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.ABANDONED) {
			String description = execution.getExitStatus().getExitDescription();
			problems.add(firstLine(description));
		}
		return new RunSummary(execution.getId(), instance, run.asOf().toString(),
				BriefRunRequest.Trigger.label(run.trigger()),
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
			double inRender = (RenderedBriefs.STEP.equals(current) && briefsTotal > 0) ? share * rendered / briefsTotal : 0;
			percent = (int) Math.min(99, Math.floor(done * share + inRender));
		}
		return new RunSummary.Progress(done, total, current, Math.min(rendered, briefsTotal), briefsTotal, percent);
	}

	private RunSummary.Counts rows(long instance) {
		long read = 0;
		long loaded = 0;
		long rejected = 0;
		for (IngestedData.FileReconciliation file : this.ingested.reconciliations(instance)) {
			read += file.read();
			loaded += file.loaded();
			rejected += file.rejected();
		}
		return new RunSummary.Counts(read, loaded, rejected);
	}

	private RunSummary.Deliveries deliveries(long execution) {
		DeliveryLog.Counts counts = this.deliveries.counts(execution);
		return new RunSummary.Deliveries(counts.sent(), counts.skipped(), counts.failed(), counts.rejected(),
				counts.unsubscribed());
	}

	/** The run's briefs, each with the worker that rendered it. */
	List<RenderedBriefs.RenderedBrief> briefs(long instance) {
		return this.rendered.findAll(instance);
	}

	List<IngestedData.FileReconciliation> reconciliation(long instance) {
		return this.ingested.reconciliations(instance);
	}

	List<RejectedRow> rejects(long instance) {
		return this.ingested.rejectedRows(instance);
	}

	/** The deliveries of the run's job instance, times to the second as every other time on the pages. */
	List<DeliveryView> deliveryLog(long instance) {
		return this.deliveries.findAll(instance)
			.stream()
			.map((delivery) -> new DeliveryView(delivery.run(), delivery.recipient(), delivery.briefs(),
					delivery.status(), delivery.attempts(), delivery.messageId(), delivery.error(),
					format(delivery.startedAt()), format(delivery.finishedAt())))
			.toList();
	}

	/** The briefs the run makes: known once its regions are ingested, nought before. */
	private int briefsTotal(JobExecution execution, long instance) {
		List<String> regions = this.ingested.regions(instance).stream().map(Region::code).toList();
		BriefRun run = BriefRun.of(execution.getJobParameters());
		if (regions.isEmpty()) {
			return 0;
		}
		return BriefSelection.count(run.briefs(), regions, run.locales().size());
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
