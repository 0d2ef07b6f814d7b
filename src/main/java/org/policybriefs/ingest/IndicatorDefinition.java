package org.policybriefs.ingest;

import java.util.Map;

/**
 * One entry of the indicator catalog: an observed indicator, or a derived one with its formula,
 * the one region it describes ({@code region}, empty when it is computed for every region) and
 * the benchmark region whose value is defined ({@code benchmarkRegion}, {@code benchmarkValue}).
 */
public record IndicatorDefinition(String code, String nameEn, String nameZh, String unit, String category,
		String kind, String formula, int decimals, String direction, String region, String benchmarkRegion,
		Double benchmarkValue, Map<String, String> attributes, long line) {

	public static final String OBSERVED = "observed";

	public static final String DERIVED = "derived";

	public IndicatorDefinition {
		region = (region != null) ? region : "";
		benchmarkRegion = (benchmarkRegion != null) ? benchmarkRegion : "";
	}

	public boolean isDerived() {
		return DERIVED.equals(this.kind);
	}

	/** Whether this region's value is the benchmark's defined value rather than computed. */
	public boolean isBenchmark(String regionCode) {
		return !this.benchmarkRegion.isEmpty() && this.benchmarkRegion.equals(regionCode);
	}

}
