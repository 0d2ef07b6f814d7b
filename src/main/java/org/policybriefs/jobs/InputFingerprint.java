package org.policybriefs.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the names and bytes of the input files: equal fingerprints mean the run
 * would compute the same briefs, so a second run for the same as-of date is up to date.
 * A missing file counts as absent, so the job itself reports it with its message.
 */
final class InputFingerprint {

	private InputFingerprint() {
	}

	static String of(Path input, List<String> fileNames) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String name : fileNames.stream().sorted().toList()) {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				Path file = input.resolve(name);
				if (Files.isRegularFile(file)) {
					try (InputStream in = Files.newInputStream(file)) {
						in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
					}
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
