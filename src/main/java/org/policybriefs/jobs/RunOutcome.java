package org.policybriefs.jobs;

import java.nio.file.Path;
import java.util.List;

import org.policybriefs.distribute.DeliveryLog;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * How a run ended, or how a request to start one was answered, in the terms an operator needs.
 */
public record RunOutcome(Status status, Long executionId, Path published, List<String> files,
		List<String> problems) {


	/** The states a request can end in. */
	public enum Status {

		/** Started in the background (asynchronous requests only). */
		STARTED,
		/** Briefs made and, if asked, delivered. */
		COMPLETED,
		/** The briefs for this as-of date were already made from the same input. */
		UP_TO_DATE,
		/** A run for the same as-of date is in progress, here or in another instance. */
		ALREADY_RUNNING,
		/** Nothing started: this process has as many runs running and waiting as it takes on; try again later. */
		BUSY,
		/** Briefs published, but some deliveries failed; running again retries only those. */
		DELIVERY_FAILED,
		/** Nothing published. */
		FAILED

	}

	/**
	 * Whether a run that ended FAILED had published its briefs and failed only to deliver some:
	 * its distribute step, the last, failed. The one place this is decided.
	 */
	public static boolean deliveryFailed(JobExecution execution) {
		return execution.getStatus() == BatchStatus.FAILED && execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> DeliveryLog.STEP.equals(step.getStepName()) && step.getStatus() == BatchStatus.FAILED);
	}

}
