package org.policybriefs.indicators;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a published number relates to the true value: exact, approximate, or a bound such as
 * "more than 2.8".
 */
public enum Qualifier {

	EXACT("="), APPROXIMATE("~"), GREATER_THAN(">"), AT_LEAST(">="), LESS_THAN("<"), AT_MOST("<=");

	private final String symbol;

	Qualifier(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	public static Optional<Qualifier> fromSymbol(String symbol) {
		return Arrays.stream(values()).filter((qualifier) -> qualifier.symbol.equals(symbol)).findFirst();
	}

	/** Whether the number is a lower bound of the true value, as in {@code > 2.8}. */
	public boolean isLowerBound() {
		return this == GREATER_THAN || this == AT_LEAST;
	}

	public boolean isUpperBound() {
		return this == LESS_THAN || this == AT_MOST;
	}

}
