package org.policybriefs.jobs;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Takes over a run whose owner died: marks it failed, so that it can be restarted where it
 * stopped, with the steps (and the render partitions of workers) it left running. Never a run
 * this process runs or has waiting, nor one that ended since it was found running.
 */
final class RunTakeover {

	private static final Log logger = LogFactory.getLog(RunTakeover.class);

	private final RunOperator operator;

	private final JobRepository jobRepository;

	private final RunLeases leases;

	RunTakeover(RunOperator operator, JobRepository jobRepository, RunLeases leases) {
		this.operator = operator;
		this.jobRepository = jobRepository;
		this.leases = leases;
	}

	/**
	 * False for a run that has its owner, that ended, or that another instance claimed first.
	 * @param folderHeld whether this process holds the lock of the run's output folder, whose database it is
	 */
	boolean takeOver(JobExecution execution, boolean folderHeld) {
		if (this.operator.runs(execution)) {
			// this process runs it (or has it waiting for its turn): its owner is alive
			return false;
		}
		// the look that found it running may be older than its end: a run of this process that ended
		// since (letting its lease go as it ended) is not dead; its last update is in by now
		JobExecution current = this.jobRepository.getJobExecution(execution.getId());
		if (current == null || !current.isRunning()) {
			return false;
		}
		Optional<String> lost = folderHeld ? Optional.of("a process that no longer holds the output folder's lock")
				: this.leases.lostOwner(current);
		if (lost.isEmpty() || !this.leases.takeOver(current, folderHeld)) {
			return false;
		}
		logger.info("run " + current.getId() + " was left unfinished by " + lost.get()
				+ (folderHeld ? "" : ", whose lease ran out") + "; it is restarted where it stopped");
		this.operator.recover(current);
		this.leases.release(current.getId());
		return true;
	}

}
