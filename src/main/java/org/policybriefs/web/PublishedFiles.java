package org.policybriefs.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.EditionManifest;
import org.policybriefs.editions.EditionRefusedException;
import org.policybriefs.editions.Editions;
import org.policybriefs.editions.EditionsProperties;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files a run published, as its {@code manifest.json} lists them. A file is served only when
 * the manifest of that run names it: names are plain file names, never paths, and are resolved
 * inside the run's as-of folder only.
 */
@Component
class PublishedFiles {

	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

	private static final Log logger = LogFactory.getLog(PublishedFiles.class);

	private final EditionsProperties limits;

	PublishedFiles(EditionsProperties limits) {
		this.limits = limits;
	}

	/**
	 * The manifest of the run, when the as-of folder still holds this run's publication; empty
	 * too when it is no manifest this tool wrote (the log says why).
	 */
	Optional<EditionManifest> manifest(JobExecution execution) {
		Path folder = folder(execution);
		if (!Files.exists(folder.resolve(EditionManifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		EditionManifest manifest;
		try {
			manifest = EditionManifest.read(folder);
		}
		catch (EditionRefusedException ex) {
			logger.warn("not serving the files of run " + execution.getId() + ": " + ex.getMessage());
			return Optional.empty();
		}
		// a later run for the same date from other input replaces the folder: its files are not this run's
		String fingerprint = BriefRun.of(execution.getJobParameters()).fingerprint();
		if (fingerprint == null || !fingerprint.equals(manifest.inputFingerprint())) {
			return Optional.empty();
		}
		return Optional.of(manifest);
	}

	/** The listed file of that name, or empty when the name is not in the manifest. */
	Optional<Path> file(JobExecution execution, String name) {
		if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
			return Optional.empty();
		}
		Optional<EditionManifest> manifest = manifest(execution);
		if (manifest.isEmpty() || !manifest.get().listed().contains(name)) {
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
		Editions editions = new Editions(folder.getParent(), this.limits);
		LocalDate asOf = LocalDate.parse(folder.getFileName().toString());
		try {
			return Optional.of(editions.previous(asOf)
				.map((previous) -> editions.compare(previous, asOf))
				.orElseGet(() -> EditionChanges.firstEdition(asOf)));
		}
		catch (EditionRefusedException ex) {
			logger.warn("cannot compare the edition of run " + execution.getId() + ": " + ex.getMessage());
			throw new ResponseStatusException(HttpStatus.CONFLICT, "an edition cannot be compared with: "
					+ ex.file().getFileName() + ((ex.line() > 0) ? ", line " + ex.line() : "") + " of "
					+ ex.file().getParent().getFileName() + " fails its verification");
		}
	}

	private static Path folder(JobExecution execution) {
		return BriefRun.of(execution.getJobParameters()).published();
	}

}
