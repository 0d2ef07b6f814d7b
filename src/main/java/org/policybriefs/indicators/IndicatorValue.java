package org.policybriefs.indicators;

import java.util.List;

/**
 * One value of the run, observed or derived, with what it needs to be traced: its qualifier,
 * sources, the quote it came from and its English translation (observed) or its formula and
 * inputs (derived), what it describes when that is not the whole region, whether its period was
 * stated or assumed, whether it is a benchmark region's defined value, and, when there is no
 * value, the reason as data.
 *
 * @param kind {@code observed} or {@code derived}
 * @param periodBasis {@code stated} (the source gives the period) or {@code assumed} (the catalog chose it)
 * @param benchmark true when the value is the benchmark region's defined value of an index ("1.00, benchmark")
 * @param missing why there is no value; null when there is one
 * @param preferred false for an observed value that another source's value outranks (see evidence.yml)
 * @param agrees for a value that is not preferred, whether it agrees with the preferred one; null otherwise
 */
public record IndicatorValue(String region, String indicator, String period, Double value, String qualifier,
		String kind, String formula, String inputs, List<String> sources, String quote, String quoteEn, Scope scope,
		String periodBasis, boolean benchmark, MissingReason missing, boolean preferred, Boolean agrees) {

	public static final String OBSERVED = "observed";

	public static final String DERIVED = "derived";

	public IndicatorValue {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		scope = (scope != null) ? scope : Scope.WHOLE_REGION;
		periodBasis = Operand.ASSUMED.equals(periodBasis) ? Operand.ASSUMED : Operand.STATED;
	}

	/** A value that is the only one, or the preferred one, of its figure. */
	public IndicatorValue(String region, String indicator, String period, Double value, String qualifier, String kind,
			String formula, String inputs, List<String> sources, String quote, String quoteEn, Scope scope,
			String periodBasis, boolean benchmark, MissingReason missing) {
		this(region, indicator, period, value, qualifier, kind, formula, inputs, sources, quote, quoteEn, scope,
				periodBasis, benchmark, missing, true, null);
	}

	public boolean hasValue() {
		return this.value != null;
	}

	/**
	 * Whether this value may be ranked against, highlighted as best against, or drawn as a bar
	 * beside the other: both have a value and both describe their whole region. A figure for
	 * Zhangjiang Science City or for one company says nothing of how its region compares. The one
	 * rule every comparison of the briefs goes through.
	 */
	public boolean comparableWith(IndicatorValue other) {
		return isComparable() && other != null && other.isComparable();
	}

	/** Whether this value can take part in a comparison at all: it has a value for its whole region. */
	public boolean isComparable() {
		return hasValue() && this.scope.isWholeRegion();
	}

}
