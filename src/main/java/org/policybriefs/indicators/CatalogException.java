package org.policybriefs.indicators;

/**
 * Thrown when the indicator catalog is inconsistent; the message starts with {@code file:line: }
 * so that editors and terminals can jump to the offending row.
 */
public class CatalogException extends RuntimeException {

	private final String file;

	private final int line;

	public CatalogException(String file, int line, String reason) {
		this(file, line, reason, null);
	}

	public CatalogException(String file, int line, String reason, Throwable cause) {
		super(file + ":" + line + ": " + reason, cause);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

}
