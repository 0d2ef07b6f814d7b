package org.policybriefs.commentary;

import org.policybriefs.files.Sha256;

/** The hash that tells one passage from another across editions: the first 16 hex digits of the SHA-256 of its text. */
final class PassageHash {

	private PassageHash() {
	}

	static String of(String source) {
		return Sha256.begin().text(source.strip()).hex().substring(0, 16);
	}

}
