package org.policybriefs.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.Editions;
import org.policybriefs.run.BriefRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The files a run published, as its {@code manifest.json} lists them. A file is served only when
 * the manifest of that run names it: names are plain file names, never paths, and are resolved
 * inside the run's as-of folder only.
 */
@Component
class PublishedFiles {

	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The manifest of the run, when the as-of folder still holds this run's publication. */
	Optional<JsonNode> manifest(JobExecution execution) {
		Path folder = folder(execution);
		Path manifest = folder.resolve("manifest.json");
		if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		JsonNode node = json.readTree(manifest.toFile());
		// a later run for the same date from other input replaces the folder: its files are not this run's
		String fingerprint = BriefRun.of(execution.getJobParameters()).fingerprint();
		if (fingerprint == null || !fingerprint.equals(node.path("inputFingerprint").asString(""))) {
			return Optional.empty();
		}
		return Optional.of(node);
	}

	/** The listed file of that name, or empty when the name is not in the manifest. */
	Optional<Path> file(JobExecution execution, String name) {
		if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
			return Optional.empty();
		}
		Optional<JsonNode> manifest = manifest(execution);
		if (manifest.isEmpty() || !listed(manifest.get()).contains(name)) {
			return Optional.empty();
		}
		Path folder = folder(execution).toAbsolutePath().normalize();
		Path file = folder.resolve(name).normalize();
		if (!folder.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			// the real path must stay in the real folder, whatever links lie on the way
			if (!file.toRealPath().getParent().equals(folder.toRealPath())) {
				return Optional.empty();
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return Optional.of(file);
	}

	/**
	 * What the run's edition changed since the edition before it, when the run's publication is
	 * still in place; a first edition when there is none before it.
	 */
	Optional<EditionChanges> changes(JobExecution execution) {
		if (manifest(execution).isEmpty()) {
			return Optional.empty();
		}
		Path folder = folder(execution);
		Editions editions = new Editions(folder.getParent());
		LocalDate asOf = LocalDate.parse(folder.getFileName().toString());
		return Optional.of(editions.previous(asOf)
			.map((previous) -> editions.compare(previous, asOf))
			.orElseGet(() -> EditionChanges.firstEdition(asOf)));
	}

	static List<String> listed(JsonNode manifest) {
		List<String> names = new ArrayList<>();
		manifest.path("briefs").forEach((brief) -> names.add(brief.path("file").asString("")));
		manifest.path("data").forEach((data) -> names.add(data.path("file").asString("")));
		names.add("manifest.json");
		return names;
	}

	private static Path folder(JobExecution execution) {
		return BriefRun.of(execution.getJobParameters()).published();
	}

}
