package org.policybriefs.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.editions.EditionManifest;
import org.policybriefs.editions.EditionRefusedException;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;

/**
 * An as-of folder as its manifest describes it: the check that it still holds exactly what was
 * published (before a run is called up to date), the removal of files an earlier publication left
 * that the manifest does not list, and the clean-up of what killed runs left behind.
 */
public final class PublishedFolder {

	/** The name of the step that publishes. */
	public static final String STEP = "publish";

	/** Key of the job execution context: the sha256 of the manifest the run published. */
	public static final String MANIFEST_SHA256 = "manifest.sha256";

	/** Messages written by the distribute step: not part of the publication, never removed with it. */
	static final String OUTBOX = "outbox";

	private static final Log logger = LogFactory.getLog(PublishedFolder.class);

	private PublishedFolder() {
	}

	/**
	 * What is wrong with a publication, or empty when the folder holds it intact: its manifest is
	 * the one the run published (same sha256, when the run recorded it) for the same input, and
	 * every file it lists is there with its sha256.
	 */
	public static Optional<String> damage(Path folder, String fingerprint, String manifestSha256) {
		Path manifest = folder.resolve(EditionManifest.FILE);
		if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of(manifest + " is missing");
		}
		if (manifestSha256 != null && !manifestSha256.equals(Sha256.of(manifest))) {
			return Optional.of(manifest + " is not the one this run published");
		}
		EditionManifest read;
		try {
			read = EditionManifest.read(folder);
		}
		catch (EditionRefusedException ex) {
			return Optional.of(ex.getMessage());
		}
		if (!fingerprint.equals(read.inputFingerprint())) {
			return Optional.of(manifest + " belongs to a run on other input");
		}
		for (EditionManifest.DataFile entry : read.files()) {
			Path file = folder.resolve(entry.file());
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				return Optional.of(file + " is missing");
			}
			if (!entry.sha256().equals(Sha256.of(file))) {
				return Optional.of(file + " has changed since it was published");
			}
		}
		return Optional.empty();
	}

	/**
	 * Removes every file of the as-of folder that the manifest does not list (briefs of a wider
	 * earlier run, a region that left the data, a half-written temporary), except the outbox.
	 */
	static void removeUnlisted(Path folder, List<String> listed) throws IOException {
		Set<String> keep = new HashSet<>(listed);
		Path outbox = folder.resolve(OUTBOX);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				if (file.equals(folder) || file.startsWith(outbox)) {
					continue;
				}
				String name = folder.relativize(file).toString().replace('\\', '/');
				if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
					try (Stream<Path> inside = Files.list(file)) {
						if (inside.findAny().isEmpty()) {
							Files.delete(file);
						}
					}
				}
				else if (!keep.contains(name)) {
					logger.debug("publish: removing " + name + ", which the manifest does not list");
					Files.delete(file);
				}
			}
		}
	}

	/**
	 * Before a run for an as-of date: removes the staging folders of earlier runs for that date
	 * (another input or selection; at most one run per date is in progress) and the temporaries
	 * that a killed write left in the run's own staging and in the as-of folder, its outbox too.
	 */
	public static void cleanLeftovers(Path output, String asOf, Path staging) {
		Path stagingRoot = staging.getParent();
		try {
			if (Files.isDirectory(stagingRoot)) {
				try (Stream<Path> folders = Files.list(stagingRoot)) {
					for (Path folder : folders.toList()) {
						String name = folder.getFileName().toString();
						if (name.startsWith(asOf + "-") && !folder.equals(staging)) {
							logger.debug("removing the staging folder " + folder + " of an earlier run");
							delete(folder);
						}
					}
				}
			}
			for (Path folder : List.of(staging, output.resolve(asOf))) {
				if (Files.isDirectory(folder)) {
					try (Stream<Path> files = Files.walk(folder)) {
						for (Path file : files.filter(AtomicFiles::isLeftover).toList()) {
							logger.debug("removing " + file + ", left half-written by a run that was stopped");
							Files.deleteIfExists(file);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clean up after earlier runs in " + output, ex);
		}
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
