package org.policybriefs.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.render.RenderedBriefs;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Tells the operator where a run is (step n of m, then how it ended and how long it took) and
 * keeps the run's metrics: {@code briefs.run.duration} by outcome and {@code briefs.rendered}.
 */
class RunProgressListener implements JobExecutionListener, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(RunProgressListener.class);

	private final List<String> steps;

	private final MeterRegistry meters;

	RunProgressListener(List<String> steps, MeterRegistry meters) {
		this.steps = steps;
		this.meters = meters;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (!JobNames.BRIEFS.equals(stepExecution.getJobExecution().getJobInstance().getJobName())) {
			// the validate job shares the ingest steps; its own output says enough
			return;
		}
		int index = this.steps.indexOf(stepExecution.getStepName()) + 1;
		logger.info(String.format("[%d/%d] %s", index, this.steps.size(), stepExecution.getStepName()));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (RenderedBriefs.STEP.equals(stepExecution.getStepName())) {
			this.meters.counter("briefs.rendered").increment(stepExecution.getWriteCount());
		}
		return stepExecution.getExitStatus();
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		LocalDateTime start = jobExecution.getStartTime();
		Duration took = (start != null) ? Duration.between(start, LocalDateTime.now()) : Duration.ZERO;
		Timer.builder("briefs.run.duration")
			.description("How long brief runs take, by how they ended")
			.tag("status", jobExecution.getStatus().name().toLowerCase(java.util.Locale.ROOT))
			.register(this.meters)
			.record(took);
		logger.info(String.format("run %d %s in %.1f s", jobExecution.getId(),
				jobExecution.getStatus().name().toLowerCase(java.util.Locale.ROOT), took.toMillis() / 1000.0));
		// the cause in one line; the stack trace only with --debug (logger AbstractStep)
		jobExecution.getAllFailureExceptions()
			.stream()
			.map(FailureMessages::describe)
			.distinct()
			.forEach((cause) -> logger.warn("run " + jobExecution.getId() + ": " + cause));
	}

}
