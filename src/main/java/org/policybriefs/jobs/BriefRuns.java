package org.policybriefs.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.files.OutputFolderLock;
import org.policybriefs.ingest.InputFileSpec;
import org.policybriefs.publish.PublishedFolder;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The one launch path: builds the job parameters for a request and starts the job. The
 * identifying parameters are the as-of date, the input fingerprint, the brief selection and
 * the output folder, the reject policy and whether to deliver, so the same request on unchanged
 * data is recognised as up to date. At most one run per as-of date is in progress at a time; a
 * second request for it is answered, not run.
 */
@Service
public class BriefRuns {

	private static final Log logger = LogFactory.getLog(BriefRuns.class);

	/** Files whose bytes decide whether a run is up to date. */
	static final List<String> INPUT_FILES = Stream.of(InputFileSpec.values()).map(InputFileSpec::fileName).toList();

	static final String PUBLISH_STEP = "publish";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job briefJob;

	private final Job validateJob;

	private final TaskExecutorJobOperator launcher;

	private final ThreadLocal<CompletableFuture<Void>> launching = new ThreadLocal<>();

	private final Object lock = new Object();

	BriefRuns(JobOperator jobOperator, JobRepository jobRepository, Job briefJob, Job validateJob,
			ObjectProvider<ObservationRegistry> observations) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.briefJob = briefJob;
		this.validateJob = validateJob;
		this.launcher = launcher(jobRepository, briefJob, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	/** Runs the briefs and waits for the end of the run. */
	public RunOutcome run(BriefRunRequest request) {
		Launch launch = launch(request);
		if (launch.execution() == null) {
			return launch.outcome();
		}
		launch.done().join();
		return outcome(launch.execution(), request);
	}

	/** Starts the briefs in the background and answers at once: started, up to date or already running. */
	public RunOutcome start(BriefRunRequest request) {
		return launch(request).outcome();
	}

	/** Runs the checks of a run, with its reject limit, and renders nothing. */
	public RunOutcome validate(Path input, boolean strict, long maxRejects) {
		JobParameters parameters = new JobParametersBuilder()
			.addString("fingerprint", InputFingerprint.of(input, INPUT_FILES))
			.addString("checkedAt", Instant.now().toString())
			.addString("input", input.toString(), false)
			.addString("strict", Boolean.toString(strict), false)
			.addLong("maxRejects", maxRejects, false)
			.toJobParameters();
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.validateJob, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start job " + this.validateJob.getName() + ": " + ex.getMessage(),
					ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return failed(execution);
		}
		return new RunOutcome(RunOutcome.Status.COMPLETED, execution.getId(), null, List.of(), List.of());
	}

	/**
	 * Starts a run while this process holds the output folder's lock, which it keeps until the
	 * run ends; a folder that another process is writing into is answered as a run in progress.
	 */
	private Launch launch(BriefRunRequest request) {
		OutputFolderLock.Hold hold;
		try {
			hold = OutputFolderLock.acquire(request.output());
		}
		catch (OutputFolderLock.FolderBusyException ex) {
			logger.info("skipped: " + ex.getMessage());
			return Launch.answered(
					new RunOutcome(RunOutcome.Status.ALREADY_RUNNING, null, null, List.of(), List.of(ex.getMessage())));
		}
		Launch launch;
		try {
			launch = launchHolding(request);
		}
		catch (RuntimeException ex) {
			hold.close();
			throw ex;
		}
		if (launch.done() == null) {
			hold.close();
		}
		else {
			launch.done().whenComplete((result, failure) -> hold.close());
		}
		return launch;
	}

	private Launch launchHolding(BriefRunRequest request) {
		JobParameters requested = parameters(request);
		Path published = published(request);
		synchronized (this.lock) {
			Repairs.Newest newest = Repairs.newest(this.jobRepository, requested);
			JobParameters parameters = newest.parameters();
			JobExecution last = newest.execution();
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				Optional<String> damage = PublishedFolder.damage(published, requested.getString("fingerprint"),
						last.getExecutionContext().getString(PublishedFolder.MANIFEST_SHA256, null));
				if (damage.isEmpty()) {
					return Launch.answered(new RunOutcome(RunOutcome.Status.UP_TO_DATE, last.getId(), published,
							list(published), List.of()));
				}
				logger.info("run " + last.getId() + " made these briefs, but " + damage.get()
						+ "; running again to repair the publication");
				parameters = Repairs.of(requested, last.getJobInstance().getInstanceId());
			}
			Optional<JobExecution> running = runningFor(request.asOf().toString());
			if (running.isPresent()) {
				logger.info("skipped: a run for " + request.asOf() + " is already in progress (run "
						+ running.get().getId() + ")");
				return Launch.answered(new RunOutcome(RunOutcome.Status.ALREADY_RUNNING, running.get().getId(), null,
						List.of(), List.of("a run for " + request.asOf() + " is already in progress")));
			}
			CompletableFuture<Void> done = new CompletableFuture<>();
			this.launching.set(done);
			try {
				JobExecution execution = this.launcher.start(this.briefJob, parameters);
				return new Launch(execution, done, new RunOutcome(RunOutcome.Status.STARTED, execution.getId(),
						published, List.of(), List.of()));
			}
			catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
				// another instance on the same database got there first: its job instance is the run
				logger.info("skipped: another instance is running the briefs for " + request.asOf());
				return Launch.answered(new RunOutcome(RunOutcome.Status.ALREADY_RUNNING, null, null, List.of(),
						List.of("a run for " + request.asOf() + " is already in progress")));
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				return Launch.answered(new RunOutcome(RunOutcome.Status.UP_TO_DATE, null, published, list(published),
						List.of()));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start job " + this.briefJob.getName() + ": " + ex.getMessage(),
						ex);
			}
			finally {
				this.launching.remove();
			}
		}
	}

	/**
	 * The run in progress for an as-of date. A run left STARTED by a process that no longer
	 * exists (killed, powered off) is marked failed so that it can be restarted where it stopped.
	 */
	private Optional<JobExecution> runningFor(String asOf) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(BriefJobConfiguration.BRIEF_JOB)) {
			if (!asOf.equals(execution.getJobParameters().getString("asOf"))) {
				continue;
			}
			if (RunOwner.isGone(execution.getJobParameters().getString("owner"))) {
				logger.info("run " + execution.getId() + " was left unfinished by a process that has ended;"
						+ " it will be restarted where it stopped");
				this.jobOperator.recover(execution);
				continue;
			}
			return Optional.of(execution);
		}
		return Optional.empty();
	}

	private RunOutcome outcome(JobExecution execution, BriefRunRequest request) {
		Path published = published(request);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return new RunOutcome(RunOutcome.Status.COMPLETED, execution.getId(), published, list(published), List.of());
		}
		RunOutcome failed = failed(execution);
		if (RunOutcome.deliveryFailed(execution)) {
			return new RunOutcome(RunOutcome.Status.DELIVERY_FAILED, execution.getId(), published, list(published),
					failed.problems());
		}
		return failed;
	}

	static JobParameters parameters(BriefRunRequest request) {
		String fingerprint = InputFingerprint.of(request.input(), INPUT_FILES);
		String briefs = String.join(",", request.briefs());
		String locales = String.join(",", request.locales());
		String stagingName = request.asOf() + "-" + fingerprint.substring(0, 16) + "-"
				+ Integer.toHexString((briefs + "|" + locales + "|" + request.keepXhtml()).hashCode());
		return new JobParametersBuilder().addString("asOf", request.asOf().toString())
			.addString("fingerprint", fingerprint)
			.addString("briefs", briefs)
			.addString("locales", locales)
			.addString("keepXhtml", Boolean.toString(request.keepXhtml()))
			.addString("strict", Boolean.toString(request.strict()))
			.addLong("maxRejects", request.maxRejects())
			.addString("distribute", Boolean.toString(request.distribute()))
			.addString("input", request.input().toString(), false)
			// a different output folder is a different publication, so it is part of the identity too
			.addString("output", request.output().toAbsolutePath().normalize().toString())
			.addString("staging", request.output().resolve(".staging").resolve(stagingName).toString(), false)
			.addString("trigger", request.trigger().name(), false)
			.addString("owner", RunOwner.current(), false)
			.toJobParameters();
	}

	private TaskExecutorJobOperator launcher(JobRepository repository, Job job, ObservationRegistry observations) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("brief-run-");
		// the job's own thread signals the end of the run to whoever waits for it
		TaskExecutor signalling = (task) -> {
			CompletableFuture<Void> done = this.launching.get();
			threads.execute(() -> {
				try {
					task.run();
				}
				finally {
					if (done != null) {
						done.complete(null);
					}
				}
			});
		};
		try {
			MapJobRegistry registry = new MapJobRegistry();
			registry.register(job);
			TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
			operator.setJobRepository(repository);
			operator.setJobRegistry(registry);
			operator.setTaskExecutor(signalling);
			operator.setObservationRegistry(observations);
			operator.afterPropertiesSet();
			return operator;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set up the launcher of " + job.getName(), ex);
		}
	}

	private static Path published(BriefRunRequest request) {
		return request.output().resolve(request.asOf().toString());
	}

	private static RunOutcome failed(JobExecution execution) {
		List<String> problems = new ArrayList<>();
		for (Throwable failure : execution.getAllFailureExceptions()) {
			// one problem per line: a catalog names every refused formula on a line of its own
			for (String message : FailureMessages.describe(failure).split("\n")) {
				if (!problems.contains(message)) {
					problems.add(message);
				}
			}
		}
		if (problems.isEmpty()) {
			problems.add("the run ended " + execution.getStatus() + ": " + execution.getExitStatus().getExitDescription());
		}
		// a publication cut off half-way is finished by the next run; before the publish step nothing was touched
		boolean publishing = execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> PUBLISH_STEP.equals(step.getStepName()) && step.getStatus() != BatchStatus.COMPLETED);
		Path published = publishing ? Path.of(execution.getJobParameters().getString("output"))
			.resolve(execution.getJobParameters().getString("asOf")) : null;
		return new RunOutcome(RunOutcome.Status.FAILED, execution.getId(), published, List.of(), problems);
	}

	private static List<String> list(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Launch(JobExecution execution, CompletableFuture<Void> done, RunOutcome outcome) {

		static Launch answered(RunOutcome outcome) {
			return new Launch(null, null, outcome);
		}

	}

	/** The process that runs a job: {@code pid@host}, so that a run left by a dead process can be told. */
	static final class RunOwner {

		private RunOwner() {
		}

		static String current() {
			return ProcessHandle.current().pid() + "@" + host();
		}

		static boolean isGone(String owner) {
			if (owner == null || !owner.contains("@")) {
				return false;
			}
			String pid = owner.substring(0, owner.indexOf('@'));
			String host = owner.substring(owner.indexOf('@') + 1);
			if (!host.equals(host())) {
				return false;
			}
			return ProcessHandle.of(Long.parseLong(pid)).map((process) -> !process.isAlive()).orElse(true);
		}

		private static String host() {
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (IOException ex) {
				return "localhost";
			}
		}

	}

}
