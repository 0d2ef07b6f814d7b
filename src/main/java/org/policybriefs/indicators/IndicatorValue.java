package org.policybriefs.indicators;

import java.util.List;

/**
 * One value of the run, observed or derived, with what it needs to be traced: its qualifier,
 * sources, the quote it came from (observed) or its formula and inputs (derived), and, when
 * there is no value, the reason.
 */
public record IndicatorValue(String region, String indicator, String period, Double value, String qualifier,
		String kind, String formula, String inputs, List<String> sources, String quote, String missingReason) {

	public boolean hasValue() {
		return this.value != null;
	}

}
