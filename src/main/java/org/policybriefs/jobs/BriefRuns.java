package org.policybriefs.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.policybriefs.ingest.InputFileSpec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * The one launch path: builds the job parameters for a request and starts the job. The
 * identifying parameters are the as-of date, the input fingerprint, the brief selection and
 * the output folder, so the same request on unchanged data is recognised as up to date.
 */
@Service
public class BriefRuns {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job briefJob;

	private final Job validateJob;

	BriefRuns(JobOperator jobOperator, JobRepository jobRepository, Job briefJob, Job validateJob) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.briefJob = briefJob;
		this.validateJob = validateJob;
	}

	public RunOutcome run(BriefRunRequest request) {
		JobParameters parameters = parameters(request);
		Path published = request.output().resolve(request.asOf().toString());
		JobExecution last = this.jobRepository.getLastJobExecution(BriefJobConfiguration.BRIEF_JOB, parameters);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			return new RunOutcome(RunOutcome.Status.UP_TO_DATE, last.getId(), published, list(published), List.of());
		}
		JobExecution execution = start(this.briefJob, parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return failed(execution);
		}
		return new RunOutcome(RunOutcome.Status.COMPLETED, execution.getId(), published, list(published), List.of());
	}

	public RunOutcome validate(Path input) {
		return validate(input, false, BriefRunRequest.NO_REJECT_LIMIT);
	}

	/** Runs the checks of a run, with its reject limit, and renders nothing. */
	public RunOutcome validate(Path input, boolean strict, long maxRejects) {
		JobParameters parameters = new JobParametersBuilder()
			.addString("fingerprint", InputFingerprint.of(input, inputFiles()))
			.addString("checkedAt", Instant.now().toString())
			.addString("input", input.toString(), false)
			.addString("strict", Boolean.toString(strict), false)
			.addLong("maxRejects", maxRejects, false)
			.toJobParameters();
		JobExecution execution = start(this.validateJob, parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return failed(execution);
		}
		return new RunOutcome(RunOutcome.Status.COMPLETED, execution.getId(), null, List.of(), List.of());
	}

	private JobExecution start(Job job, JobParameters parameters) {
		try {
			return this.jobOperator.start(job, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start job " + job.getName() + ": " + ex.getMessage(), ex);
		}
	}

	static JobParameters parameters(BriefRunRequest request) {
		String fingerprint = InputFingerprint.of(request.input(), inputFiles());
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
			.addString("input", request.input().toString(), false)
			// a different output folder is a different publication, so it is part of the identity too
			.addString("output", request.output().toAbsolutePath().normalize().toString())
			.addString("staging", request.output().resolve(".staging").resolve(stagingName).toString(), false)
			.toJobParameters();
	}

	private static List<String> inputFiles() {
		return Stream.of(InputFileSpec.values()).map(InputFileSpec::fileName).toList();
	}

	private static RunOutcome failed(JobExecution execution) {
		List<String> problems = new ArrayList<>();
		for (Throwable failure : execution.getAllFailureExceptions()) {
			String message = FailureMessages.describe(failure);
			if (!problems.contains(message)) {
				problems.add(message);
			}
		}
		if (problems.isEmpty()) {
			problems.add("the run ended " + execution.getStatus() + ": " + execution.getExitStatus().getExitDescription());
		}
		return new RunOutcome(RunOutcome.Status.FAILED, execution.getId(), null, List.of(), problems);
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

}
