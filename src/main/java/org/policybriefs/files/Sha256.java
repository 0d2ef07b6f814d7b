package org.policybriefs.files;

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

/**
 * SHA-256 in lower-case hex: of one file, or of a sequence of texts, files and separators (the
 * input fingerprint, the content of a delivery). The one place the project hashes.
 */
public final class Sha256 {

	private final MessageDigest digest;

	private Sha256() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The digest of a file's bytes. */
	public static String of(Path file) {
		return begin().file(file).hex();
	}

	/** A digest to feed in parts. */
	public static Sha256 begin() {
		return new Sha256();
	}

	public Sha256 text(String text) {
		this.digest.update(text.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** A zero byte between parts, so that "ab" + "c" and "a" + "bc" differ. */
	public Sha256 separator() {
		this.digest.update((byte) 0);
		return this;
	}

	public Sha256 file(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), this.digest));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	public String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
