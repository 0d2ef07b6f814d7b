package org.policybriefs.indicators;

/**
 * An intermediate value during evaluation together with how it relates to the true value.
 */
record Term(double value, Qualifier qualifier) {

	static Term exact(double value) {
		return new Term(value, Qualifier.EXACT);
	}

}
