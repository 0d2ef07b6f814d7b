package org.policybriefs.jobs;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended, in the terms an operator needs: done, up to date, or failed and why.
 */
public record RunOutcome(Status status, Long executionId, Path published, List<String> files,
		List<String> problems) {

	/** The end states of a run. */
	public enum Status {

		COMPLETED, UP_TO_DATE, FAILED

	}

	public boolean succeeded() {
		return this.status != Status.FAILED;
	}

}
