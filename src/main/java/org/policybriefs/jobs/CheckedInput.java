package org.policybriefs.jobs;

/**
 * A check of the input as {@code validate} runs it, with the job instance whose tables hold the
 * data it loaded, for a caller that builds briefs from that data without publishing them (preview).
 *
 * @param instance the job instance of the check
 * @param outcome how the check ended, its problems in validate's words
 */
public record CheckedInput(long instance, RunOutcome outcome) {

	/** Whether the input passed the checks, so that briefs can be built from its data. */
	public boolean passed() {
		return this.outcome.status() == RunOutcome.Status.COMPLETED;
	}

}
