package org.policybriefs.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.http.ResponseEntity;
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

	private final RunHistory history;

	private final PublishedFiles files;

	private final RunLauncher launcher;

	RunsApiController(RunHistory history, PublishedFiles files, RunLauncher launcher) {
		this.history = history;
		this.files = files;
		this.launcher = launcher;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> start(@RequestBody RunCommand command) {
		RunOutcome outcome = this.launcher.start(command.asOf(), command.briefs(), command.locales(),
				(command.distribute() != null) ? command.distribute() : BriefRunRequest.DEFAULT_DISTRIBUTE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", outcome.status().name());
		body.put("id", outcome.executionId());
		return switch (outcome.status()) {
			case STARTED -> ResponseEntity.accepted().location(location(outcome.executionId())).body(body);
			case UP_TO_DATE -> (outcome.executionId() != null)
					? ResponseEntity.ok().location(location(outcome.executionId())).body(body)
					: ResponseEntity.ok(body);
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
	Map<String, Object> run(@PathVariable long id) {
		JobExecution execution = execution(id);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("run", this.history.summary(execution));
		body.put("steps", execution.getStepExecutions()
			.stream()
			.map((step) -> Map.of("name", step.getStepName(), "status", step.getStatus().name(), "read",
					step.getReadCount(), "written", step.getWriteCount()))
			.toList());
		// each brief with the worker (host and process, or its configured name) that rendered it
		body.put("briefs", this.history.briefs(execution.getJobInstance().getInstanceId())
			.stream()
			.map((brief) -> Map.of("briefId", brief.briefId().toString(), "locale", brief.locale(), "file", brief.file(),
					"pages", brief.pages(), "worker", (brief.worker() != null) ? brief.worker() : ""))
			.toList());
		return body;
	}

	/** What the run's edition changed since the previous one, as changes.csv has it, with the lineage of derived values. */
	@GetMapping("/{id:" + RunHistory.ID + "}/changes")
	Map<String, Object> changes(@PathVariable long id) {
		return ChangesView.json(this.files.changes(execution(id))
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

}
