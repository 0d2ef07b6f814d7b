package org.policybriefs.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.publish.RetentionProperties;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of serve mode: runs, a run's detail and downloads, and the form that starts a run.
 */
@Controller
class RunsPageController {

	private final RunHistory history;

	private final PublishedFiles files;

	private final RunLauncher launcher;

	RunsPageController(RunHistory history, PublishedFiles files, RunLauncher launcher) {
		this.history = history;
		this.files = files;
		this.launcher = launcher;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/runs";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/runs")
	String runs(Model model) {
		model.addAttribute("runs", this.history.recent(50));
		model.addAttribute("section", "runs");
		return "runs";
	}

	@GetMapping("/runs/{id:" + RunHistory.ID + "}")
	String run(@PathVariable long id, Model model) {
		JobExecution execution = execution(id);
		long instance = execution.getJobInstance().getInstanceId();
		model.addAttribute("run", this.history.summary(execution));
		model.addAttribute("published", this.files.manifest(execution).isPresent());
		model.addAttribute("briefs", this.history.briefs(instance));
		model.addAttribute("reconciliation", this.history.reconciliation(instance));
		model.addAttribute("rejects", this.history.rejects(instance));
		model.addAttribute("deliveries", this.history.deliveryLog(instance));
		execution.getStepExecutions()
			.stream()
			.map((step) -> step.getExecutionContext().getString(RetentionProperties.DELETED, ""))
			.filter((text) -> !text.isEmpty())
			.reduce((publish, distribute) -> publish + "; " + distribute)
			.ifPresent((text) -> model.addAttribute("retention", text));
		this.files.changes(execution).ifPresent((changes) -> {
			model.addAttribute("changes", ChangesView.of(changes));
		});
		model.addAttribute("section", "runs");
		return "run";
	}

	/** Progress of a run for the page's script, read with the page's session. */
	@GetMapping("/runs/{id:" + RunHistory.ID + "}/progress")
	@ResponseBody
	RunSummary progress(@PathVariable long id) {
		return this.history.summary(execution(id));
	}

	@GetMapping("/runs/{id:" + RunHistory.ID + "}/files/{name}")
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name) {
		Path file = this.files.file(execution(id), name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such file"));
		return RunsApiController.download(file);
	}

	@GetMapping("/generate")
	String generateForm(Model model) {
		model.addAttribute("today", LocalDate.now().toString());
		defaults(model);
		model.addAttribute("section", "generate");
		return "generate";
	}

	/**
	 * Starts a run from the form. The form shows the defaults of every request filled in; an empty
	 * field takes them, and an unticked box means no delivery.
	 */
	@PostMapping("/generate")
	String generate(@RequestParam String asOf, @RequestParam(defaultValue = "") String briefs,
			@RequestParam(defaultValue = "") String locales, @RequestParam(defaultValue = "false") boolean distribute,
			RedirectAttributes redirect, Model model) {
		RunOutcome outcome;
		try {
			outcome = this.launcher.start(asOf, split(briefs), split(locales), distribute);
		}
		catch (RunLauncher.InvalidRunRequest ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("today", asOf);
			defaults(model);
			model.addAttribute("section", "generate");
			return "generate";
		}
		String message = switch (outcome.status()) {
			case STARTED -> "Run started.";
			case UP_TO_DATE -> "Already up to date: these briefs were made from the same input.";
			case ALREADY_RUNNING -> "A run for " + asOf + " is already in progress.";
			default -> "The run could not be started: " + String.join("; ", outcome.problems());
		};
		redirect.addFlashAttribute("message", message);
		return (outcome.executionId() != null) ? "redirect:/runs/" + outcome.executionId() : "redirect:/runs";
	}

	private static void defaults(Model model) {
		model.addAttribute("defaultBriefs", String.join(", ", BriefRunRequest.DEFAULT_BRIEFS));
		model.addAttribute("defaultLocales", String.join(", ", BriefRunRequest.DEFAULT_LOCALES));
		model.addAttribute("defaultDistribute", BriefRunRequest.DEFAULT_DISTRIBUTE);
	}

	private JobExecution execution(long id) {
		return this.history.execution(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id));
	}

	private static List<String> split(String list) {
		return Arrays.stream(list.split("[,\\s]+")).filter((s) -> !s.isBlank()).toList();
	}

}
