package org.policybriefs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A database file for a command that keeps no history ({@code validate}): in a temporary folder
 * of its own, deleted when the process ends. On disk, not in memory, so that the heap a check
 * needs does not grow with the rows it loads.
 */
final class ScratchDatabase {

	private ScratchDatabase() {
	}

	/** The path (without H2's suffix) of a new database, whose folder goes when the JVM ends. */
	static Path create() {
		try {
			Path folder = Files.createTempDirectory("policy-briefs-validate-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "delete-scratch-database"));
			return folder.resolve("briefs");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make a temporary database folder: " + ex.getMessage(), ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is the system's to clean
		}
	}

}
