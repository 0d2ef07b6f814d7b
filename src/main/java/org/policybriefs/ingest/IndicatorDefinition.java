package org.policybriefs.ingest;

import java.util.Map;

/**
 * One entry of the indicator catalog: an observed indicator, or a derived one with its formula.
 */
public record IndicatorDefinition(String code, String nameEn, String nameZh, String unit, String category,
		String kind, String formula, int decimals, String direction, Map<String, String> attributes, long line) {

	public static final String OBSERVED = "observed";

	public static final String DERIVED = "derived";

	public boolean isDerived() {
		return DERIVED.equals(this.kind);
	}

}
