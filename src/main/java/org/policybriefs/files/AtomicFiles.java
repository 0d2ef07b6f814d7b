package org.policybriefs.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file
 * in the same folder, which is then renamed over the final name in one atomic step.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Something that writes a file's content to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	public static void write(Path target, Content content) {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				content.writeTo(out);
			}
			move(temporary, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	/** Renames a file over another in one atomic step (both in the same file system). */
	public static void move(Path source, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The file system of " + target + " cannot rename atomically", ex);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a leftover temporary file has a dot name and never a final one
			}
		}
	}

}
