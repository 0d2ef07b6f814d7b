package org.policybriefs.editions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.policybriefs.editions.EditionManifest.DataFile;
import org.policybriefs.files.Sha256;

/**
 * The checks every file of an edition passes before it is parsed. Whether it is a regular file is
 * asked before it is opened, without following links: opening a FIFO would block until a writer
 * came, with the run holding the output folder's lock. Sizes are checked before any byte is read.
 */
final class EditionFiles {

	private EditionFiles() {
	}

	/** The bytes of a small file, when it is a regular file of at most {@code max} bytes. */
	static byte[] readBounded(Path file, long max) {
		long size = regularFileSize(file);
		if (size > max) {
			throw new EditionRefusedException(file, -1, "is " + size + " bytes, more than the " + max + " this tool writes");
		}
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return in.readNBytes((int) max + 1);
		}
		catch (IOException ex) {
			throw new EditionRefusedException(file, -1, "cannot be read: " + ex);
		}
	}

	/** Checks that a file is the one the manifest lists (size, then sha256) and at most {@code max} bytes. */
	static void verify(Path file, DataFile listed, long max) {
		long size = regularFileSize(file);
		if (size != listed.bytes()) {
			throw new EditionRefusedException(file, -1, "is " + size + " bytes, but the manifest lists " + listed.bytes()
					+ ": it was changed, cut short or added to after it was published");
		}
		if (size > max) {
			throw new EditionRefusedException(file, -1, "is " + size + " bytes, more than briefs.editions.max-bytes ("
					+ max + ")");
		}
		String sha256;
		try {
			sha256 = Sha256.of(file);
		}
		catch (RuntimeException ex) {
			throw new EditionRefusedException(file, -1, "cannot be read: " + ex.getMessage());
		}
		if (!sha256.equals(listed.sha256())) {
			throw new EditionRefusedException(file, -1,
					"its sha256 is not the one the manifest lists: it was changed after it was published");
		}
	}

	private static long regularFileSize(Path file) {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new EditionRefusedException(file, -1, Files.exists(file, LinkOption.NOFOLLOW_LINKS)
					? "is not a regular file (a link, a folder, a pipe or a device)" : "is missing");
		}
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new EditionRefusedException(file, -1, "cannot be read: " + ex);
		}
	}

}
