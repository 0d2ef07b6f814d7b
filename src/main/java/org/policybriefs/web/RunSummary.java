package org.policybriefs.web;

import java.util.List;

/**
 * One run as the pages and the API show it: what it was for, how it went, what it made. Public,
 * with its parts, because FreeMarker reads only public types.
 */
public record RunSummary(long id, long instanceId, String asOf, String trigger, String status, boolean running,
		String started, String ended, String duration, Counts rows, int briefs, Deliveries deliveries,
		Progress progress, List<String> problems) {

	/** Rows read, loaded and rejected over all input files. */
	public record Counts(long read, long loaded, long rejected) {
	}

	/** Deliveries of the run by outcome; {@code unsubscribed}: analysts sent nothing because they asked for no more. */
	public record Deliveries(int sent, int skipped, int failed, int rejected, int unsubscribed) {

		public int total() {
			return this.sent + this.skipped + this.failed + this.rejected + this.unsubscribed;
		}

	}

	/** How far a run is: steps done of all steps, briefs rendered of those asked for. */
	public record Progress(int stepsDone, int stepsTotal, String currentStep, int briefsRendered, int briefsTotal,
			int percent) {
	}

}
