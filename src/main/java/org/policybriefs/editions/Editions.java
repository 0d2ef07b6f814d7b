package org.policybriefs.editions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The published editions in an output folder: an edition is a run that published, an as-of
 * folder with its {@code manifest.json} (written last, so its presence means every file is in
 * place). Files survive a restart and are shared by every instance that writes to the folder, and
 * they outlive the database rows that retention deletes. A published edition is untrusted
 * input: it may have been edited, cut short or replaced since, so it is verified when read.
 */
public final class Editions {

	private final Path output;

	private final EditionsProperties limits;

	/** The editions of an output folder, read within the default limits. */
	public Editions(Path output) {
		this(output, EditionsProperties.DEFAULTS);
	}

	public Editions(Path output, EditionsProperties limits) {
		this.output = output;
		this.limits = limits;
	}

	/** Every published as-of date, oldest first. */
	public List<LocalDate> published() {
		if (!Files.isDirectory(this.output)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(this.output)) {
			// a manifest that is not a regular file still marks an edition: reading it refuses it by name
			return folders
				.filter((folder) -> Files.exists(folder.resolve(EditionManifest.FILE), LinkOption.NOFOLLOW_LINKS))
				.map((folder) -> date(folder.getFileName().toString()))
				.flatMap(Optional::stream)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean isPublished(LocalDate asOf) {
		return Files.exists(folder(asOf).resolve(EditionManifest.FILE), LinkOption.NOFOLLOW_LINKS);
	}

	/** The edition before this as-of date: the latest earlier date with a published manifest. */
	public Optional<LocalDate> previous(LocalDate asOf) {
		List<LocalDate> earlier = published().stream().filter((date) -> date.isBefore(asOf)).toList();
		return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
	}

	public Path folder(LocalDate asOf) {
		return this.output.resolve(asOf.toString());
	}

	/**
	 * The values of a published edition, from its {@code indicators.csv}, verified first: the
	 * manifest as this tool writes it, for this date, listing the file with the size and sha256 it
	 * has now, and the file in the schema of {@link IndicatorsCsv}, within the limits. Values that
	 * are missing are left out.
	 *
	 * @throws EditionRefusedException naming the file, and the line where it applies
	 */
	public List<EditionValue> values(LocalDate asOf) {
		Path folder = folder(asOf);
		EditionManifest manifest = EditionManifest.read(folder);
		if (!asOf.toString().equals(manifest.asOf())) {
			throw new EditionRefusedException(folder.resolve(EditionManifest.FILE), -1,
					"is the manifest of " + manifest.asOf() + ", not of " + asOf);
		}
		Path file = folder.resolve(IndicatorsCsv.FILE);
		EditionManifest.DataFile listed = manifest.data(IndicatorsCsv.FILE)
			.orElseThrow(() -> new EditionRefusedException(folder.resolve(EditionManifest.FILE), -1,
					"lists no " + IndicatorsCsv.FILE));
		EditionFiles.verify(file, listed, this.limits.maxBytes().toBytes());
		return IndicatorsCsv.read(file, this.limits.maxRows());
	}

	/**
	 * A data file of a published edition, verified against its manifest (the manifest of this date,
	 * listing the file with the size and sha256 it has now, within the limits); empty when the
	 * manifest does not list it (an edition made before the file existed).
	 *
	 * @throws EditionRefusedException naming the file when it is not what was published
	 */
	public Optional<Path> verifiedFile(LocalDate asOf, String name) {
		Path folder = folder(asOf);
		EditionManifest manifest = EditionManifest.read(folder);
		if (!asOf.toString().equals(manifest.asOf())) {
			throw new EditionRefusedException(folder.resolve(EditionManifest.FILE), -1,
					"is the manifest of " + manifest.asOf() + ", not of " + asOf);
		}
		Optional<EditionManifest.DataFile> listed = manifest.data(name);
		listed.ifPresent((file) -> EditionFiles.verify(folder.resolve(name), file, this.limits.maxBytes().toBytes()));
		return listed.map((file) -> folder.resolve(name));
	}

	/** The latest published edition. */
	public Optional<LocalDate> latest() {
		List<LocalDate> all = published();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** The changes between two published editions. */
	public EditionChanges compare(LocalDate from, LocalDate to) {
		return EditionComparison.compare(from, values(from), to, values(to));
	}

	private static Optional<LocalDate> date(String name) {
		try {
			return Optional.of(LocalDate.parse(name));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
