package org.policybriefs.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policybriefs.files.Sha256;

/**
 * A SHA-256 over the names and bytes of the input files: equal fingerprints mean the run
 * would compute the same briefs, so a second run for the same as-of date is up to date.
 * A missing file counts as absent, so the job itself reports it with its message.
 */
final class InputFingerprint {

	private InputFingerprint() {
	}

	static String of(Path input, List<String> fileNames) {
		Sha256 digest = Sha256.begin();
		for (String name : fileNames.stream().sorted().toList()) {
			digest.text(name).separator();
			Path file = input.resolve(name);
			if (Files.isRegularFile(file)) {
				digest.file(file);
			}
			digest.separator();
		}
		return digest.hex();
	}

}
