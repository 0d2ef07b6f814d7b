package org.policybriefs.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file
 * in the same folder, which is then renamed over the final name in one atomic step.
 */
public final class AtomicFiles {

	private static final String PART = ".part";

	private static final SecureRandom random = new SecureRandom();

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
			temporary = temporaryFor(target);
			// not Files.createTempFile, which makes the file 0600: a published file is readable as the umask allows
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
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

	/** A name beside the target that no other writer uses, hidden, and marked as a part: {@code .NAME.RANDOM.part}. */
	private static Path temporaryFor(Path target) {
		return target.toAbsolutePath()
			.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(random.nextLong(), 36) + PART);
	}

	/** Whether a file is a temporary of {@link #write}, left behind when a process was killed while writing. */
	public static boolean isLeftover(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(PART);
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
