package org.policybriefs.commentary;

import org.policybriefs.indicators.IndicatorValue;

/**
 * One figure of a passage: the value the passage was written against and the value now. The
 * passage is stale when they differ, or when the figure has no value any more.
 *
 * @param writtenAgainst the value the analyst wrote the passage against; null when the figure had none when the passage was written
 * @param now the value now; null when the figure no longer has one
 * @param value the run's value, which the brief prints; null when removed
 * @param origin where the written-against value comes from
 */
public record FigureBinding(FigureReference figure, BoundValue writtenAgainst, BoundValue now, IndicatorValue value,
		Origin origin) {

	/** Where a passage's written-against value comes from. */
	public enum Origin {

		/** The passage is new or its text changed: bound to today's value. */
		TODAY,
		/** Carried forward from the previous edition's passages.csv: the passage's text is unchanged. */
		EDITION,
		/** Recorded by {@code rebind} in the input's commentary/bindings.csv. */
		REBOUND

	}

	public boolean stale() {
		return this.now == null || !this.now.equals(this.writtenAgainst);
	}

	/** Whether the run has a value of the figure to print. */
	public boolean hasValue() {
		return this.value != null;
	}

	/**
	 * The figure as an operator reads it: "GZ compute_capacity 2024: written against >2.8 EFLOPS → now
	 * >3.1 EFLOPS" (a period in brackets after each value when the two differ).
	 */
	public String describe() {
		if (this.writtenAgainst == null) {
			return this.figure.label() + ": no value in this run";
		}
		String label = this.figure.period().isEmpty() ? this.figure.label() + " " + this.writtenAgainst.period()
				: this.figure.label();
		boolean samePeriod = this.now == null || this.now.period().equals(this.writtenAgainst.period());
		String before = this.writtenAgainst.quantity() + (samePeriod ? "" : " (" + this.writtenAgainst.period() + ")");
		String after = (this.now == null) ? "no value now"
				: "now " + this.now.quantity() + (samePeriod ? "" : " (" + this.now.period() + ")");
		return (samePeriod ? label : this.figure.label()) + ": written against " + before + " → " + after;
	}

}
