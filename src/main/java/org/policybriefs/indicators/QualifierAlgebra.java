package org.policybriefs.indicators;

import java.util.List;

import static org.policybriefs.indicators.Qualifier.APPROXIMATE;
import static org.policybriefs.indicators.Qualifier.AT_LEAST;
import static org.policybriefs.indicators.Qualifier.AT_MOST;
import static org.policybriefs.indicators.Qualifier.EXACT;
import static org.policybriefs.indicators.Qualifier.GREATER_THAN;
import static org.policybriefs.indicators.Qualifier.LESS_THAN;

/**
 * Works out what can honestly be said about a computed value from what is known about its inputs:
 * a result is exact only when every input is, and a bound survives only through operations that
 * cannot turn it around.
 */
final class QualifierAlgebra {

	private QualifierAlgebra() {
	}

	static Qualifier negate(Qualifier qualifier) {
		return switch (qualifier) {
			case GREATER_THAN -> LESS_THAN;
			case AT_LEAST -> AT_MOST;
			case LESS_THAN -> GREATER_THAN;
			case AT_MOST -> AT_LEAST;
			default -> qualifier;
		};
	}

	static Qualifier add(Qualifier left, Qualifier right) {
		return sameDirection(List.of(left, right));
	}

	static Qualifier subtract(Qualifier left, Qualifier right) {
		return add(left, negate(right));
	}

	static Qualifier multiply(Term left, Term right) {
		Qualifier a = left.qualifier();
		Qualifier b = right.qualifier();
		if (a == APPROXIMATE || b == APPROXIMATE) {
			return APPROXIMATE;
		}
		if (a == EXACT) {
			return (b == EXACT) ? EXACT : scaled(b, left.value());
		}
		if (b == EXACT) {
			return scaled(a, right.value());
		}
		// Two bounds multiply into a bound only for positive quantities: (> 2) × (> -5) says nothing.
		return (left.value() > 0 && right.value() > 0) ? sameDirection(List.of(a, b)) : APPROXIMATE;
	}

	/** Division as multiplication by the reciprocal, which turns a positive bound around. */
	static Qualifier divide(Term left, Term right) {
		Qualifier b = right.qualifier();
		Qualifier reciprocal = (b == EXACT || b == APPROXIMATE) ? b
				: (right.value() > 0) ? negate(b) : APPROXIMATE;
		return multiply(left, new Term(1 / right.value(), reciprocal));
	}

	/**
	 * For min and max: the direction survives as for addition, but the result is strict only when
	 * every argument that produced it was strict (min of "> 2" and "= 1" is exactly 1, not more).
	 */
	static Qualifier extremum(List<Term> arguments, double result) {
		Qualifier combined = sameDirection(arguments.stream().map(Term::qualifier).toList());
		if (!isBound(combined)) {
			return combined;
		}
		boolean strict = arguments.stream()
			.filter((argument) -> argument.value() == result)
			.allMatch((argument) -> isStrict(argument.qualifier()));
		return bound(combined.isLowerBound(), strict);
	}

	/** Rounding keeps the direction but not strictness: more than 2.84 may round to 2.8. */
	static Qualifier round(Qualifier qualifier) {
		return isBound(qualifier) ? bound(qualifier.isLowerBound(), false) : qualifier;
	}

	static Qualifier abs(Qualifier qualifier) {
		return (qualifier == EXACT) ? EXACT : APPROXIMATE;
	}

	private static Qualifier scaled(Qualifier bound, double factor) {
		if (factor > 0) {
			return bound;
		}
		if (factor < 0) {
			return negate(bound);
		}
		// The product is 0 whatever the bound, but a result from an inexact input is never called exact.
		return APPROXIMATE;
	}

	private static Qualifier sameDirection(List<Qualifier> qualifiers) {
		if (qualifiers.contains(APPROXIMATE)) {
			return APPROXIMATE;
		}
		boolean lower = qualifiers.stream().anyMatch(Qualifier::isLowerBound);
		boolean upper = qualifiers.stream().anyMatch(Qualifier::isUpperBound);
		boolean strict = qualifiers.stream().anyMatch(QualifierAlgebra::isStrict);
		if (lower && upper) {
			return APPROXIMATE;
		}
		return (lower || upper) ? bound(lower, strict) : EXACT;
	}

	private static boolean isBound(Qualifier qualifier) {
		return qualifier.isLowerBound() || qualifier.isUpperBound();
	}

	private static boolean isStrict(Qualifier qualifier) {
		return qualifier == GREATER_THAN || qualifier == LESS_THAN;
	}

	private static Qualifier bound(boolean lower, boolean strict) {
		if (lower) {
			return strict ? GREATER_THAN : AT_LEAST;
		}
		return strict ? LESS_THAN : AT_MOST;
	}

}
