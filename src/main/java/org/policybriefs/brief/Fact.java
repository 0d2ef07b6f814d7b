package org.policybriefs.brief;

import java.util.List;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Qualifier;

/**
 * One figure of a brief: a region's value of an indicator as the brief states it, with what it
 * describes when that is narrower than the region, and where it comes from. Each fact has an id
 * ({@code E1}, {@code E2} …): its row in the evidence annex, which the tables and findings link to.
 *
 * @param id the fact's row in the evidence annex
 * @param region the region the value is stored under
 * @param indicator the indicator code
 * @param name the indicator's name in the brief's language
 * @param value the value as stored, with its scope and sources
 * @param qualifier what the printed number says of the true value (a bound rounded outward)
 * @param number the number with its qualifier's sign: "&gt;2.8", "≈1.05"
 * @param quantity the number with its unit: "&gt;2.8 EFLOPS", "12%"
 * @param prose the quantity in words: "more than 2.8 EFLOPS"
 * @param unit the unit as the brief's language names it
 * @param scope what the value describes, in the brief's language; empty for the whole region
 * @param periodAssumed whether the period was assumed by the catalog rather than given by the source
 * @param derived whether the value is computed by a formula
 * @param formula for a derived value, its formula in words
 * @param sources the numbers of the sources it cites
 * @param quote the source's words (observed), in the script the brief shows quotes in
 * @param translation the quote in the brief's language, where the brief gives one (English briefs)
 * @param change how the value changed since the previous edition: {@code up}, {@code down} (revised),
 * {@code new}, {@code changed} (qualifier, unit, scope or sources); empty when unchanged or in a first edition
 * @param aboveRegion whether the value describes an area above its region (the country), as the catalog
 * declares: then its scope names more than the region, not less
 * @param confirmedBy the other sources whose values agree with this one within the tolerance, named; empty when none
 * @param otherValues the other sources' values beyond the tolerance, each with its source named
 * @param flagged whether a failed check concerns this figure: it is never stated without its flag
 */
public record Fact(String id, RegionView region, String indicator, String name, IndicatorValue value,
		Qualifier qualifier, String number, String quantity, String prose, String unit, String scope,
		boolean periodAssumed, boolean derived, String formula, List<Integer> sources, String quote,
		String translation, String change, boolean aboveRegion, String confirmedBy, List<String> otherValues,
		boolean flagged) {

	/** Whether the value describes its whole region, so that it may be set beside another region's. */
	public boolean wholeRegion() {
		return this.scope.isEmpty();
	}

	/** Whether the value covers only part of its region: a district, one company, one facility. */
	public boolean narrowerThanRegion() {
		return !wholeRegion() && !this.aboveRegion;
	}

	/** Whether the value is a benchmark region's defined value of an index ("1, benchmark"). */
	public boolean benchmark() {
		return this.value.benchmark();
	}

	/** Whether this figure may be ranked against or drawn beside the other: the one comparability rule. */
	public boolean comparableWith(Fact other) {
		return this.value.comparableWith(other.value);
	}

	/** The period the value is for. */
	public String period() {
		return this.value.period();
	}

	/** The anchor of the fact's row in the evidence annex. */
	public String anchor() {
		return "evidence-" + this.id;
	}

}
