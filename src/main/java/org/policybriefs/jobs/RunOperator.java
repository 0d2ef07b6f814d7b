package org.policybriefs.jobs;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.support.TaskExecutorAdapter;

/**
 * The job operator of the launch path: jobs run on threads of their own, so a caller may answer
 * at once (the web, the schedule) or wait for the end of the run (the command line, validate).
 * At most {@link RunCapacity#concurrent()} jobs run at once, so that together they never ask the
 * connection pool for more than it has; the others wait their turn in order. A run counts as
 * ended once its job has returned, after its last status is in the job repository.
 */
class RunOperator extends TaskExecutorJobOperator {

	private final ThreadPoolExecutor threads;

	/** The runs of this process that have not ended, by job execution id. */
	private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

	RunOperator(JobRepository repository, ObservationRegistry observations, int concurrent, Job... jobs) {
		AtomicInteger number = new AtomicInteger();
		// idle threads end, so that a command-line process exits once its run has
		this.threads = new ThreadPoolExecutor(concurrent, concurrent, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(task) -> new Thread(task, "brief-run-" + number.incrementAndGet()));
		this.threads.allowCoreThreadTimeOut(true);
		MapJobRegistry registry = new MapJobRegistry();
		setJobRepository(repository);
		setJobRegistry(registry);
		setTaskExecutor(new TaskExecutorAdapter(this.threads));
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
				catch (Error ex) {
					OutOfMemoryExit.haltIfOutOfMemory(ex);
					throw ex;
				}
				finally {
					this.running.remove(execution.getId());
					ended.complete(null);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.running.remove(execution.getId());
			ended.complete(null);
			execution.upgradeStatus(BatchStatus.FAILED);
			execution.setExitStatus(ExitStatus.FAILED.addExitDescription(ex));
			this.jobRepository.update(execution);
		}
	}

	/** Whether this process is running (or has queued) a job execution: no one else's to take over. */
	boolean runs(JobExecution execution) {
		return this.running.containsKey(execution.getId());
	}

	/** The end of a run started by this process; already complete for a run that has ended, or any other. */
	CompletableFuture<Void> end(JobExecution execution) {
		return this.running.getOrDefault(execution.getId(), CompletableFuture.completedFuture(null));
	}

}
