package org.policybriefs.editions;

import java.nio.file.Path;

/**
 * A file of a published edition that cannot be trusted: not the bytes its manifest lists, not the
 * schema this tool writes, too large, or not a regular file. Names the file and, where it applies,
 * the line; the caller adds what to do, which depends on what it was reading the edition for.
 */
public class EditionRefusedException extends RuntimeException {

	private final transient Path file;

	private final long line;

	private final String problem;

	public EditionRefusedException(Path file, long line, String problem) {
		super(file + ((line > 0) ? ", line " + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
		this.problem = problem;
	}

	/** The same refusal with what to do about it. */
	public EditionRefusedException advise(String advice) {
		return new EditionRefusedException(this.file, this.line, this.problem + "; " + advice);
	}

	public Path file() {
		return this.file;
	}

	/** The line the problem is on, or 0 or less when it concerns the whole file. */
	public long line() {
		return this.line;
	}

}
