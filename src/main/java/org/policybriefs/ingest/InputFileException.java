package org.policybriefs.ingest;

/**
 * A structural problem with an input file that stops the run before anything is rendered:
 * the message names the file, the line where there is one, what is wrong and what to do.
 */
public class InputFileException extends RuntimeException {

	private final String file;

	private final long line;

	public InputFileException(String file, long line, String problem) {
		super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

}
