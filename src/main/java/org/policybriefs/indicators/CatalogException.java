package org.policybriefs.indicators;

import java.util.List;

/**
 * Thrown when the indicator catalog is inconsistent: every problem found, one per line, each
 * starting with {@code file:line: } so that editors and terminals can jump to the offending row.
 */
public class CatalogException extends RuntimeException {

	private final String file;

	private final List<Problem> problems;

	public CatalogException(String file, int line, String reason) {
		this(file, List.of(new Problem(line, reason)), null);
	}

	public CatalogException(String file, int line, String reason, Throwable cause) {
		this(file, List.of(new Problem(line, reason)), cause);
	}

	/** Every problem of a catalog, reported together so that one run names them all. */
	public CatalogException(String file, List<Problem> problems) {
		this(file, problems, null);
	}

	private CatalogException(String file, List<Problem> problems, Throwable cause) {
		super(String.join("\n", problems.stream().map((problem) -> problem.describe(file)).toList()), cause);
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public String file() {
		return this.file;
	}

	/** The line of the first problem. */
	public int line() {
		return this.problems.get(0).line();
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** One problem: the line of the catalog it is on and what is wrong. */
	public record Problem(int line, String reason) {

		String describe(String file) {
			return file + ":" + this.line + ": " + this.reason;
		}

	}

}
