package org.policybriefs.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The functions a formula may call, with their arity and what they do to values and qualifiers.
 */
enum FormulaFunction {

	MIN("min", 2) {
		@Override
		Term apply(List<Term> arguments) {
			double result = Math.min(arguments.get(0).value(), arguments.get(1).value());
			return new Term(result, QualifierAlgebra.extremum(arguments, result));
		}
	},

	MAX("max", 2) {
		@Override
		Term apply(List<Term> arguments) {
			double result = Math.max(arguments.get(0).value(), arguments.get(1).value());
			return new Term(result, QualifierAlgebra.extremum(arguments, result));
		}
	},

	ABS("abs", 1) {
		@Override
		Term apply(List<Term> arguments) {
			Term term = arguments.get(0);
			return new Term(Math.abs(term.value()), QualifierAlgebra.abs(term.qualifier()));
		}
	},

	/** Half-up on the decimal digits as written, so that 2.345 becomes 2.35 as a reader expects. */
	ROUND("round", 2) {
		@Override
		Term apply(List<Term> arguments) {
			Term term = arguments.get(0);
			int decimals = (int) arguments.get(1).value();
			double result = BigDecimal.valueOf(term.value()).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
			return new Term(result, QualifierAlgebra.round(term.qualifier()));
		}
	};

	/** The most decimals round accepts; doubles carry no more meaningful digits than this. */
	static final int MAX_DECIMALS = 15;

	private final String name;

	private final int arity;

	FormulaFunction(String name, int arity) {
		this.name = name;
		this.arity = arity;
	}

	static Optional<FormulaFunction> named(String name) {
		return Arrays.stream(values()).filter((function) -> function.name.equals(name)).findFirst();
	}

	String functionName() {
		return this.name;
	}

	int arity() {
		return this.arity;
	}

	abstract Term apply(List<Term> arguments);

}
