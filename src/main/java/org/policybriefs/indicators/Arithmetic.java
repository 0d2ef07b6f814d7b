package org.policybriefs.indicators;

/**
 * The four arithmetic operators of the formula language, each with its symbol in a formula and in
 * prose, and what it does to values and qualifiers.
 */
enum Arithmetic {

	ADD('+', "+") {
		@Override
		Term apply(Term left, Term right) {
			return new Term(left.value() + right.value(), QualifierAlgebra.add(left.qualifier(), right.qualifier()));
		}
	},

	SUBTRACT('-', "−") {
		@Override
		Term apply(Term left, Term right) {
			return new Term(left.value() - right.value(),
					QualifierAlgebra.subtract(left.qualifier(), right.qualifier()));
		}
	},

	MULTIPLY('*', "×") {
		@Override
		Term apply(Term left, Term right) {
			return new Term(left.value() * right.value(), QualifierAlgebra.multiply(left, right));
		}
	},

	DIVIDE('/', "÷") {
		@Override
		Term apply(Term left, Term right) {
			return new Term(left.value() / right.value(), QualifierAlgebra.divide(left, right));
		}
	};

	private final char symbol;

	private final String word;

	Arithmetic(char symbol, String word) {
		this.symbol = symbol;
		this.word = word;
	}

	char symbol() {
		return this.symbol;
	}

	String word() {
		return this.word;
	}

	abstract Term apply(Term left, Term right);

}
