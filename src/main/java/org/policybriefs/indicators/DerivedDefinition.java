package org.policybriefs.indicators;

/**
 * A derived indicator declared in the catalog file, with the line it came from.
 *
 * @param region the one region the indicator describes (evaluated for it alone), or null for every region
 * @param benchmarkRegion the region whose value is defined rather than computed, or null
 * @param benchmarkValue that region's defined value (1 for an index with the benchmark at 1), or null
 */
record DerivedDefinition(String code, String formula, int line, String region, String benchmarkRegion,
		Double benchmarkValue) {

	public DerivedDefinition {
		region = (region != null && !region.isBlank()) ? region : null;
		benchmarkRegion = (benchmarkRegion != null && !benchmarkRegion.isBlank()) ? benchmarkRegion : null;
	}

	/** An indicator computed for every region, with no benchmark. */
	public DerivedDefinition(String code, String formula, int line) {
		this(code, formula, line, null, null, null);
	}

}
