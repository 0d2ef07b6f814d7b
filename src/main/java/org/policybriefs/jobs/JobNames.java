package org.policybriefs.jobs;

/**
 * The names of the jobs in the job repository, for those who read their history.
 */
public final class JobNames {

	/** The job that makes, publishes and delivers the briefs. */
	public static final String BRIEFS = "briefs";

	/** The job that checks the input as a run would, and renders nothing. */
	public static final String VALIDATE = "validate";

	private JobNames() {
	}

}
