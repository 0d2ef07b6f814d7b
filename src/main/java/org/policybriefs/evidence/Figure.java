package org.policybriefs.evidence;

/**
 * One observed figure as the evidence stage weighs it: its key, its number, the source that gives
 * it with the source's kind and date, and its line in observations.csv.
 *
 * @param published the source's publication date as sources.csv gives it (ISO dates sort)
 * @param line the figure's line in observations.csv
 */
public record Figure(String region, String indicator, String period, double value, String qualifier, String source,
		String sourceKind, String published, long line) {

	/** The figure's key: the same region, indicator and period from any source. */
	String key() {
		return this.region + "/" + this.indicator + "/" + this.period;
	}

	/** How reports name it: {@code observations.csv:4 GZ.national_compute_share 2024 = 12 (S1)}. */
	public String describe() {
		return "observations.csv:" + this.line + " " + this.region + "." + this.indicator + " " + this.period + " "
				+ this.qualifier + " " + Numbers.plain(this.value) + " (" + this.source + ")";
	}

}
