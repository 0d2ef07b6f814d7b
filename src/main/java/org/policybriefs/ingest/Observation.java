package org.policybriefs.ingest;

/**
 * One observed figure for a region, indicator and period, with its qualifier, the quote it came
 * from and its English translation, what it describes when that is not the whole region
 * ({@code scopeEn}, {@code scopeZh}; empty for the whole region), and whether the source gives
 * its period ({@code stated}) or the catalog assumed it ({@code assumed}).
 */
record Observation(String region, String indicator, String period, double value, String qualifier,
		String source, String quote, String note, String scopeEn, String scopeZh, String periodBasis, String quoteEn,
		long line) {

	/** The qualifiers a value may carry: exact, approximate, and the four bounds. */
	public static final java.util.Set<String> QUALIFIERS = java.util.Set.of("=", "~", ">", ">=", "<", "<=");

	/** The period bases: the source gives the period, or the catalog assumed it. */
	public static final java.util.Set<String> PERIOD_BASES = java.util.Set.of("stated", "assumed");

	/** A whole-region figure whose period the source states, with no translation of its quote. */
	public Observation(String region, String indicator, String period, double value, String qualifier, String source,
			String quote, String note, long line) {
		this(region, indicator, period, value, qualifier, source, quote, note, "", "", "stated", "", line);
	}

}
