package org.policybriefs.evidence;

import java.util.List;

/**
 * A check of evidence.yml run on one figure: whether it passed, the figures it compared and its
 * arithmetic, written with numbers and symbols only so that it reads alike in every language.
 *
 * @param figures the figures compared, the subject first
 * @param arithmetic such as {@code 2.8 ÷ 280 × 100 = 1% ≠ 12% · 280 × 12% = 33.6 ≠ 2.8}: signs and numbers only, so that it reads in either language
 */
public record CheckResult(String checkId, String kind, String region, String period, boolean passed,
		List<Compared> figures, String arithmetic, String en, String zh) {

	public CheckResult {
		figures = List.copyOf(figures);
	}

	/** A figure with its role in the check ({@code share}, {@code part}, {@code total} …). */
	public record Compared(String role, Figure figure) {
	}

	/** Whether the check compared this figure (region, indicator, period, any source). */
	public boolean concerns(String region, String indicator) {
		return this.figures.stream()
			.anyMatch((c) -> c.figure().region().equals(region) && c.figure().indicator().equals(indicator));
	}

	/** The role of the figure a share-of-total check states the share of. */
	private static final String PART = "part";

	/**
	 * Whether a failed check puts its flag on this figure: the figure it is about (the stated share,
	 * ratio or value), the part a share is stated of (when share and part disagree with the total,
	 * either may be the wrong one), or the parts that exceed their whole; not the totals it measures
	 * them against. It flags the value the check compared, not the same figure from another source:
	 * a release's 57 that fits the national total is not flagged because a post's 2.8 does not.
	 */
	public boolean flags(String region, String indicator, String period, List<String> sources) {
		for (int i = 0; i < this.figures.size(); i++) {
			Compared compared = this.figures.get(i);
			boolean flagged = (i == 0 && !CheckRule.PARTS_EXCEED_WHOLE.equals(this.kind))
					|| Checks.PARTS.equals(compared.role())
					|| (CheckRule.SHARE_OF_TOTAL.equals(this.kind) && PART.equals(compared.role()));
			Figure figure = compared.figure();
			if (flagged && figure.region().equals(region) && figure.indicator().equals(indicator)
					&& figure.period().equals(period) && sources.contains(figure.source())) {
				return true;
			}
		}
		return false;
	}

	/** One line for the console and validate: the check, each figure with its observations.csv line, the arithmetic. */
	public String describe() {
		return this.checkId + " (" + this.kind + ") " + this.region + " " + this.period + ": "
				+ String.join("; ", this.figures.stream().map((c) -> c.role() + " " + c.figure().describe()).toList())
				+ ": " + this.arithmetic;
	}

}
