package org.policybriefs.indicators;

/**
 * A derived indicator whose formula has been parsed and checked against the catalog, with the
 * region it alone describes and its benchmark region, if it has them (see {@link DerivedDefinition}).
 */
record CompiledIndicator(String code, Formula formula, int line, String region, String benchmarkRegion,
		Double benchmarkValue) {

	public CompiledIndicator(String code, Formula formula, int line) {
		this(code, formula, line, null, null, null);
	}

	/** Whether the benchmark region's value of this indicator is defined rather than computed. */
	public boolean isBenchmark(String regionCode) {
		return this.benchmarkRegion != null && this.benchmarkValue != null && this.benchmarkRegion.equals(regionCode);
	}

}
