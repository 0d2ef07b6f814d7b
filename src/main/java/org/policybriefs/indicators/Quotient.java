package org.policybriefs.indicators;

/**
 * What can be said of the ratio of two published values, for statements that set one region's
 * value against another's: the same rules the formula engine applies to a division.
 */
public final class Quotient {

	private Quotient() {
	}

	/** The qualifier of {@code a / b}: exact only when both are; a bound where the division keeps one. */
	public static Qualifier qualifier(double a, Qualifier qa, double b, Qualifier qb) {
		return QualifierAlgebra.divide(new Term(a, qa), new Term(b, qb));
	}

}
