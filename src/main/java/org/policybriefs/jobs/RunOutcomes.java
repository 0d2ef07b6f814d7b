package org.policybriefs.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.policybriefs.publish.PublishedFolder;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * How a run ended, in the terms an operator needs: the files it published, or the problems that
 * stopped it, in the words of {@link FailureMessages}.
 */
final class RunOutcomes {

	private RunOutcomes() {
	}

	/** The outcome of a brief run that has ended. */
	static RunOutcome of(JobExecution execution, BriefRunRequest request) {
		Path published = published(request);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return new RunOutcome(RunOutcome.Status.COMPLETED, execution.getId(), published, files(published),
					List.of());
		}
		RunOutcome failed = failed(execution);
		if (RunOutcome.deliveryFailed(execution)) {
			return new RunOutcome(RunOutcome.Status.DELIVERY_FAILED, execution.getId(), published, files(published),
					failed.problems());
		}
		return failed;
	}

	/** The outcome of a check of the input, which publishes nothing. */
	static RunOutcome checked(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return failed(execution);
		}
		return new RunOutcome(RunOutcome.Status.COMPLETED, execution.getId(), null, List.of(), List.of());
	}

	/** The answer to a request for briefs already made from the same input. */
	static RunOutcome upToDate(Long executionId, BriefRunRequest request) {
		Path published = published(request);
		return new RunOutcome(RunOutcome.Status.UP_TO_DATE, executionId, published, files(published), List.of());
	}

	static RunOutcome alreadyRunning(Long executionId, String problem) {
		return new RunOutcome(RunOutcome.Status.ALREADY_RUNNING, executionId, null, List.of(), List.of(problem));
	}

	static RunOutcome busy(String problem) {
		return new RunOutcome(RunOutcome.Status.BUSY, null, null, List.of(), List.of(problem));
	}

	static RunOutcome started(JobExecution execution, BriefRunRequest request) {
		return new RunOutcome(RunOutcome.Status.STARTED, execution.getId(), published(request), List.of(), List.of());
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
			.anyMatch((step) -> PublishedFolder.STEP.equals(step.getStepName())
					&& step.getStatus() != BatchStatus.COMPLETED);
		Path published = publishing ? BriefRun.of(execution.getJobParameters()).published() : null;
		return new RunOutcome(RunOutcome.Status.FAILED, execution.getId(), published, List.of(), problems);
	}

	private static Path published(BriefRunRequest request) {
		return request.output().resolve(request.asOf().toString());
	}

	private static List<String> files(Path folder) {
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
