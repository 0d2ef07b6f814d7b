package org.policybriefs.jobs;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/**
 * The job operator of the launch path: every job runs on a thread of its own, so a caller may
 * answer at once (the web, the schedule) or wait for the end of the run (the command line,
 * validate). A run counts as ended once its job has returned, after its last status is in the
 * job repository.
 */
class RunOperator extends TaskExecutorJobOperator {

	private final SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("brief-run-");

	/** The runs of this process that have not ended, by job execution id. */
	private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

	RunOperator(JobRepository repository, ObservationRegistry observations, Job... jobs) {
		MapJobRegistry registry = new MapJobRegistry();
		setJobRepository(repository);
		setJobRegistry(registry);
		setTaskExecutor(this.threads);
		setObservationRegistry(observations);
		try {
			for (Job job : jobs) {
				registry.register(job);
			}
			afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set up the job operator: " + ex.getMessage(), ex);
		}
	}

	@Override
	protected void launchJobExecution(Job job, JobExecution execution) {
		CompletableFuture<Void> ended = new CompletableFuture<>();
		this.running.put(execution.getId(), ended);
		try {
			this.threads.execute(() -> {
				try {
					job.execute(execution);
				}
				catch (JobInterruptedException ex) {
					// stopped: the job has recorded it
				}
				finally {
					this.running.remove(execution.getId());
					ended.complete(null);
				}
			});
		}
		catch (TaskRejectedException ex) {
			this.running.remove(execution.getId());
			ended.complete(null);
			execution.upgradeStatus(BatchStatus.FAILED);
			execution.setExitStatus(ExitStatus.FAILED.addExitDescription(ex));
			this.jobRepository.update(execution);
		}
	}

	/** The end of a run started by this process; already complete for a run that has ended, or any other. */
	CompletableFuture<Void> end(JobExecution execution) {
		return this.running.getOrDefault(execution.getId(), CompletableFuture.completedFuture(null));
	}

}
