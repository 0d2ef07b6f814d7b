package org.policybriefs.brief;

import java.util.List;

/**
 * One finding, as a rule of {@code templates/findings.yml} made it: a lead (a region's name, or
 * a short heading) and the sentence, the facts it states (linked to the evidence annex), the
 * regions it concerns, and where each of its numbers comes from, so that a test can trace every
 * number to {@code indicators.csv}.
 *
 * @param lead printed in bold before the text; may be empty
 * @param text the finding in the brief's language
 * @param facts the facts it states, in order
 * @param regions the codes of the regions it concerns
 * @param numbers where each number of the text comes from: {@code value:GZ/compute_capacity},
 * {@code ratio:BJ/a:SH/a}, {@code rank:N/indicator}, {@code count:<what>:<region or all>}
 * @param rule the rule of findings.yml that made it, {@code <kind>#<position>}
 */
public record Statement(String lead, String text, List<Fact> facts, List<String> regions, List<String> numbers,
		String rule) {

	/** A statement of a rule not yet named (the catalog names it: {@link #ofRule}). */
	public Statement(String lead, String text, List<Fact> facts, List<String> regions, List<String> numbers) {
		this(lead, text, facts, regions, numbers, "");
	}

	/** This statement as made by the catalog's rule, {@code <kind>#<position in findings.yml>}. */
	Statement ofRule(String rule) {
		return new Statement(this.lead, this.text, this.facts, this.regions, this.numbers, rule);
	}

	/**
	 * What makes this finding the same finding in another edition. A region's headline figures
	 * or strategy are one finding whichever figures it states (a revised or added figure is listed
	 * among the changes); any other finding is the figures, ratios and ranks it rests on (not their
	 * numbers, which a revision changes, nor a count), else its lead; and the regions it concerns.
	 */
	public String identity() {
		String regions = " | " + String.join(" ", this.regions);
		if (this.rule.startsWith("headline#") || this.rule.startsWith("strategies#")) {
			return this.rule + " | " + this.lead + regions;
		}
		String rests = String.join(" ", this.numbers.stream().filter((number) -> !number.startsWith("count:")).toList());
		return (rests.isEmpty() ? this.lead : rests) + regions;
	}

	/** The numbers' origins as one attribute value. */
	public String origins() {
		return String.join(" ", this.numbers);
	}

}
