package org.policybriefs.indicators;

import java.util.Objects;

/**
 * Why a derived value is missing, as data: what went wrong, with which input, for which period.
 * The brief words it in its own language; {@link #describe()} is the plain English of
 * {@code indicators.csv}.
 *
 * @param kind what went wrong
 * @param input the reference as written in the formula ({@code compute_capacity},
 * {@code BJ.registered_models}) or, for a division by zero, the divisor
 * @param period the period evaluated
 */
public record MissingReason(Kind kind, String input, String period) {

	/** The ways a formula can have no value. */
	public enum Kind {

		/** An input has no value for the period: not reported, rejected, or itself missing. */
		NO_DATA,

		/** The divisor is zero. */
		DIVISION_BY_ZERO,

		/** An input or an intermediate result is infinite or not a number. */
		NOT_FINITE

	}

	public MissingReason {
		Objects.requireNonNull(kind, "kind");
		input = (input != null) ? input : "";
		period = (period != null) ? period : "";
	}

	/** The input's region when the formula names one ({@code BJ.registered_models}), else null. */
	public String inputRegion() {
		int dot = this.input.indexOf('.');
		return (this.kind != Kind.DIVISION_BY_ZERO && dot > 0) ? this.input.substring(0, dot) : null;
	}

	/** The input's indicator code without a region ({@code registered_models}). */
	public String inputIndicator() {
		int dot = this.input.indexOf('.');
		return (this.kind != Kind.DIVISION_BY_ZERO && dot > 0) ? this.input.substring(dot + 1) : this.input;
	}

	/** Plain English for the exported file: "no data for BJ.registered_models, 2024". */
	public String describe() {
		return switch (this.kind) {
			case NO_DATA -> "no data for " + this.input + ", " + this.period;
			case DIVISION_BY_ZERO -> "division by zero: " + this.input + " is 0";
			case NOT_FINITE -> "not a finite number: " + this.input + ", " + this.period;
		};
	}

}
