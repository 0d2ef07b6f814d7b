package org.policybriefs.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.policybriefs.editions.EditionManifest;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON API: start a run, follow it, list and download what it published. Errors are
 * RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/runs")
class RunsApiController {

	/** When a refused caller may ask again: about the time a run takes. */
	static final String RETRY_AFTER_SECONDS = "30";

	private final RunHistory history;

	private final PublishedFiles files;

	private final RunLauncher launcher;

	RunsApiController(RunHistory history, PublishedFiles files, RunLauncher launcher) {
		this.history = history;
		this.files = files;
		this.launcher = launcher;
	}

	@PostMapping
	ResponseEntity<StartView> start(@RequestBody RunCommand command) {
		RunOutcome outcome = this.launcher.start(command.asOf(), command.briefs(), command.locales(),
				(command.distribute() != null) ? command.distribute() : BriefRunRequest.DEFAULT_DISTRIBUTE);
		StartView body = new StartView(outcome.status().name(), outcome.executionId());
		return switch (outcome.status()) {
			case STARTED -> ResponseEntity.accepted().location(location(outcome.executionId())).body(body);
			case UP_TO_DATE -> (outcome.executionId() != null)
					? ResponseEntity.ok().location(location(outcome.executionId())).body(body)
					: ResponseEntity.ok(body);
			case BUSY -> {
				// refused before anything started: the caller may simply ask again
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
						String.join("; ", outcome.problems()));
				problem.setTitle("Too many runs");
				throw new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null) {
					@Override
					public HttpHeaders getHeaders() {
						HttpHeaders headers = new HttpHeaders();
						headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
						return headers;
					}
				};
			}
			case ALREADY_RUNNING -> throw new ResponseStatusException(HttpStatus.CONFLICT,
					String.join("; ", outcome.problems())
							+ ((outcome.executionId() != null) ? " (run " + outcome.executionId() + ")" : ""));
			default -> throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR,
					String.join("; ", outcome.problems()));
		};
	}

	@GetMapping
	List<RunSummary> runs() {
		return this.history.recent(50);
	}

	@GetMapping("/{id:" + RunHistory.ID + "}")
	RunView run(@PathVariable long id) {
		JobExecution execution = execution(id);
		List<StepView> steps = execution.getStepExecutions()
			.stream()
			.map((step) -> new StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(),
					step.getWriteCount()))
			.toList();
		// each brief with the worker (host and process, or its configured name) that rendered it
		List<BriefView> briefs = this.history.briefs(execution.getJobInstance().getInstanceId())
			.stream()
			.map((brief) -> new BriefView(brief.briefId().toString(), brief.locale(), brief.file(), brief.pages(),
					(brief.worker() != null) ? brief.worker() : ""))
			.toList();
		return new RunView(this.history.summary(execution), steps, briefs);
	}

	/** What the run's edition changed since the previous one, as changes.csv has it, with the lineage of derived values. */
	@GetMapping("/{id:" + RunHistory.ID + "}/changes")
	ChangesView changes(@PathVariable long id) {
		return ChangesView.of(this.files.changes(execution(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"run " + id + " has no published edition (not finished, failed, or replaced by a later run)")));
	}

	@GetMapping("/{id:" + RunHistory.ID + "}/files")
	EditionManifest manifest(@PathVariable long id) {
		return this.files.manifest(execution(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"run " + id + " has no published files (not finished, failed, or replaced by a later run)"));
	}

	@GetMapping("/{id:" + RunHistory.ID + "}/files/{name}")
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name) {
		Path file = this.files.file(execution(id), name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"run " + id + " published no file named '" + RunLauncher.InvalidRunRequest.shortened(name) + "'"));
		return download(file);
	}

	static ResponseEntity<Resource> download(Path file) {
		String name = file.getFileName().toString();
		MediaType type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF
				: name.endsWith(".json") ? MediaType.APPLICATION_JSON
						: name.endsWith(".csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
								: MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new FileSystemResource(file));
	}

	private JobExecution execution(long id) {
		return this.history.execution(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id));
	}

	private static URI location(Long id) {
		return URI.create("/api/runs/" + id);
	}

	/** The body of a request to start a run; everything but the date has a default (see {@link BriefRunRequest}). */
	record RunCommand(String asOf, List<String> briefs, List<String> locales, Boolean distribute) {
	}

	/** The answer to a request to start a run: how it went, and the run's id when there is one. */
	record StartView(String status, Long id) {
	}

	/** One run with its steps and the briefs it rendered. */
	record RunView(RunSummary run, List<StepView> steps, List<BriefView> briefs) {
	}

	/** One step of a run with the items it read and wrote. */
	record StepView(String name, String status, long read, long written) {
	}

	/** One rendered brief with the worker that rendered it (empty when none was named). */
	record BriefView(String briefId, String locale, String file, int pages, String worker) {
	}

}
