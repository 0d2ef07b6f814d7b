package org.policybriefs.ingest;

/**
 * One observed figure for a region, indicator and period, with its qualifier and the quote it came from.
 */
public record Observation(String region, String indicator, String period, double value, String qualifier,
		String source, String quote, String note, long line) {

	/** The qualifiers a value may carry: exact, approximate, and the four bounds. */
	public static final java.util.Set<String> QUALIFIERS = java.util.Set.of("=", "~", ">", ">=", "<", "<=");

}
