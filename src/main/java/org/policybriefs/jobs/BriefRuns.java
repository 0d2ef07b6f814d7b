package org.policybriefs.jobs;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.files.OutputFolderLock;
import org.policybriefs.publish.PublishedFolder;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The one launch path of every door (command line, schedule, web, validate): a request becomes
 * job parameters ({@link RunParameters}) and a job started on the one {@link RunOperator}. At most
 * one run per as-of date is in progress at a time; a second request for it is answered, not run,
 * and briefs already made from the same input are up to date while their as-of folder holds them
 * (otherwise a run repairs it, see {@link Repairs}). A run whose owner died (its lease
 * ran out, see {@link RunLeases}) is marked failed and restarted where it stopped.
 */
@Service
public class BriefRuns {

	private static final Log logger = LogFactory.getLog(BriefRuns.class);

	private final RunOperator operator;

	private final JobRepository jobRepository;

	private final RunLeases leases;

	private final Job briefJob;

	private final Job validateJob;

	private final Object lock = new Object();

	private final RunCapacity capacity;

	private final RunTakeover takeover;

	/** The job database's URL, to tell an output folder's own H2 database from a shared one. */
	private final String databaseUrl;

	BriefRuns(JobRepository jobRepository, RunLeases leases, Job briefJob, Job validateJob,
			ObjectProvider<ObservationRegistry> observations, DataSource dataSource, RunProperties properties,
			@Value("${briefs.render.threads:0}") int renderThreads) {
		this.databaseUrl = (dataSource instanceof HikariDataSource hikari) ? hikari.getJdbcUrl() : null;
		this.capacity = RunCapacity.of(dataSource, properties.concurrent(), properties.queue(),
				(renderThreads > 0) ? renderThreads : Runtime.getRuntime().availableProcessors());
		this.operator = new RunOperator(jobRepository, observations.getIfAvailable(() -> ObservationRegistry.NOOP),
				this.capacity.concurrent(), briefJob, validateJob);
		this.jobRepository = jobRepository;
		this.leases = leases;
		this.takeover = new RunTakeover(this.operator, jobRepository, leases);
		this.briefJob = briefJob;
		this.validateJob = validateJob;
	}

	/** Runs the briefs and waits for the end of the run. */
	public RunOutcome run(BriefRunRequest request) {
		Launch launch = launch(request);
		if (launch.execution() == null) {
			return launch.outcome();
		}
		this.operator.end(launch.execution()).join();
		return RunOutcomes.of(launch.execution(), request);
	}

	/** Starts the briefs in the background and answers at once: started, up to date or already running. */
	public RunOutcome start(BriefRunRequest request) {
		return launch(request).outcome();
	}

	/** Runs the checks of a run, with its reject limit, renders nothing, and waits for the answer. */
	public RunOutcome validate(Path input, boolean strict, long maxRejects) {
		return check(input, strict, maxRejects, null).outcome();
	}

	/**
	 * Runs the checks of a run and lists the commentary's stale passages against the latest edition
	 * published in {@code output} (none when null).
	 */
	public RunOutcome validate(Path input, boolean strict, long maxRejects, Path output) {
		return check(input, strict, maxRejects, output).outcome();
	}

	/** {@link #check(Path, boolean, long, Path)} against no published edition. */
	public CheckedInput check(Path input, boolean strict, long maxRejects) {
		return check(input, strict, maxRejects, null);
	}

	/**
	 * Runs the checks of {@link #validate} and answers with the job instance that holds the data
	 * they loaded: the briefs' model can be built from it, for a preview, without a run.
	 */
	public CheckedInput check(Path input, boolean strict, long maxRejects, Path output) {
		JobExecution execution = start(this.validateJob, RunParameters.validation(input, strict, maxRejects, output));
		this.operator.end(execution).join();
		return new CheckedInput(execution.getJobInstance().getInstanceId(), RunOutcomes.checked(execution));
	}

	/**
	 * Finishes the runs whose owner died: each is claimed by one instance only, marked failed and
	 * restarted in the background, where it stopped.
	 */
	public void recoverAbandoned() {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(JobNames.BRIEFS)) {
			if (!this.capacity.tryTake()) {
				// every place is taken: the next look restarts it
				return;
			}
			if (!this.takeover.takeOver(execution, false)) {
				this.capacity.giveBack();
				continue;
			}
			Path output = BriefRun.of(execution.getJobParameters()).output();
			OutputFolderLock.Hold hold;
			try {
				hold = OutputFolderLock.acquire(output);
			}
			catch (OutputFolderLock.FolderBusyException ex) {
				this.capacity.giveBack();
				logger.warn("run " + execution.getId() + " is not restarted here: " + ex.getMessage());
				continue;
			}
			try {
				JobExecution restarted = this.operator.restart(this.jobRepository.getJobExecution(execution.getId()));
				logger.info("run " + restarted.getId() + " restarted run " + execution.getId());
				this.operator.end(restarted).whenComplete((result, failure) -> {
					hold.close();
					this.capacity.giveBack();
				});
			}
			catch (Exception ex) {
				hold.close();
				this.capacity.giveBack();
				logger.warn("run " + execution.getId() + " could not be restarted: " + FailureMessages.describe(ex));
			}
		}
	}

	/**
	 * Starts a run while this process holds the output folder's lock, which it keeps until the
	 * run ends; a folder that another process is writing into is answered as a run in progress.
	 */
	private Launch launch(BriefRunRequest request) {
		if (!this.capacity.tryTake()) {
			String busy = "this instance is running " + this.capacity.concurrent()
					+ " runs at once and has as many waiting as briefs.runs.queue allows; nothing was started for "
					+ request.asOf() + ", try again in a minute";
			logger.info("refused: " + busy);
			return Launch.answered(RunOutcomes.busy(busy));
		}
		OutputFolderLock.Hold hold;
		try {
			hold = OutputFolderLock.acquire(request.output());
		}
		catch (OutputFolderLock.FolderBusyException ex) {
			this.capacity.giveBack();
			logger.info("skipped: " + ex.getMessage());
			return Launch.answered(RunOutcomes.alreadyRunning(null, ex.getMessage()));
		}
		Launch launch;
		try {
			launch = launchHolding(request);
		}
		catch (RuntimeException ex) {
			hold.close();
			this.capacity.giveBack();
			throw ex;
		}
		if (launch.execution() == null) {
			hold.close();
			this.capacity.giveBack();
		}
		else {
			this.operator.end(launch.execution()).whenComplete((result, failure) -> {
				hold.close();
				this.capacity.giveBack();
			});
		}
		return launch;
	}

	private Launch launchHolding(BriefRunRequest request) {
		BriefRun requested = RunParameters.of(request);
		String inProgress = "a run for " + request.asOf() + " is already in progress";
		synchronized (this.lock) {
			Repairs.Newest newest = Repairs.newest(this.jobRepository, requested);
			JobParameters parameters = newest.parameters();
			JobExecution last = newest.execution();
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				// up to date only while the as-of folder still holds what the run published
				Optional<String> damage = PublishedFolder.damage(request.output().resolve(request.asOf().toString()),
						requested.fingerprint(),
						last.getExecutionContext().getString(PublishedFolder.MANIFEST_SHA256, null));
				if (damage.isEmpty()) {
					return Launch.answered(RunOutcomes.upToDate(last.getId(), request));
				}
				logger.info("run " + last.getId() + " made these briefs, but " + damage.get()
						+ "; running again to repair the publication");
				parameters = Repairs.of(requested, last.getJobInstance().getInstanceId());
				last = null;
			}
			if (last != null && !last.getStatus().isRunning()
					&& last.getStepExecutions().stream().anyMatch((step) -> step.getStatus().isRunning())) {
				// a run that gave up waiting for its partitions: they are marked failed, to be rendered again
				logger.info("run " + last.getId() + " left render partitions unfinished (a worker died or did not"
						+ " answer in time); the briefs they had not recorded are rendered again");
				this.operator.recover(last);
			}
			Optional<JobExecution> running = runningFor(request.asOf().toString(), request.output());
			if (running.isPresent()) {
				logger.info("skipped: " + inProgress + " (run " + running.get().getId() + ")");
				return Launch.answered(RunOutcomes.alreadyRunning(running.get().getId(), inProgress));
			}
			try {
				JobExecution execution = this.operator.start(this.briefJob, parameters);
				// owned from now on, while it waits for its turn too: no other instance takes it for dead
				this.leases.hold(execution.getId());
				return new Launch(execution, RunOutcomes.started(execution, request));
			}
			catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
				// another instance on the same database got there first: its job instance is the run
				logger.info("skipped: another instance is running the briefs for " + request.asOf());
				return Launch.answered(RunOutcomes.alreadyRunning(null, inProgress));
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				return Launch.answered(RunOutcomes.upToDate(null, request));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start job " + this.briefJob.getName() + ": " + ex.getMessage(),
						ex);
			}
		}
	}

	/**
	 * The run in progress for an as-of date, after taking over one whose owner died. Called while
	 * this process holds the output folder's lock: when the job database is the folder's own (H2
	 * under {@code OUTPUT/.db}), no other process can be running into it, so a run this process
	 * does not run is dead now, without waiting for its lease to run out.
	 */
	private Optional<JobExecution> runningFor(String asOf, Path heldOutput) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(JobNames.BRIEFS)) {
			BriefRun run = BriefRun.of(execution.getJobParameters());
			if (asOf.equals(run.asOf().toString())
					&& !this.takeover.takeOver(execution, isSameFolder(run.output(), heldOutput))) {
				return Optional.of(execution);
			}
		}
		return Optional.empty();
	}

	private boolean isSameFolder(Path output, Path heldOutput) {
		return output.toAbsolutePath().normalize().equals(heldOutput.toAbsolutePath().normalize())
				&& JobDatabaseLocation.url(heldOutput).equals(this.databaseUrl);
	}

	private JobExecution start(Job job, JobParameters parameters) {
		try {
			return this.operator.start(job, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start job " + job.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private record Launch(JobExecution execution, RunOutcome outcome) {

		static Launch answered(RunOutcome outcome) {
			return new Launch(null, outcome);
		}

	}

}
