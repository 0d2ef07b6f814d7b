package org.policybriefs.indicators;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of what may be said about a computed value given what is known about its inputs.
 */
class QualifierAlgebraTests {

	static Qualifier q(String symbol) {
		return Qualifier.fromSymbol(symbol).orElseThrow();
	}

	@Nested
	class Negation {

		@ParameterizedTest(name = "-({0}) is {1}")
		@CsvSource({ ">, <", ">=, <=", "<, >", "<=, >=", "=, =", "~, ~" })
		void swapsLowerAndUpper(String operand, String expected) {
			assertThat(QualifierAlgebra.negate(q(operand))).isEqualTo(q(expected));
		}

	}

	@Nested
	class Addition {

		@ParameterizedTest(name = "({0}) + ({1}) is {2}")
		@CsvSource({ "=, =, =", ">, =, >", ">=, =, >=", ">, >=, >", ">=, >=, >=", "<, =, <", "<=, <, <",
				"<=, <=, <=", ">, <, ~", ">=, <=, ~", "~, =, ~", "~, >, ~", "=, ~, ~" })
		void keepsADirectionAllInputsShare(String left, String right, String expected) {
			assertThat(QualifierAlgebra.add(q(left), q(right))).isEqualTo(q(expected));
		}

	}

	@Nested
	class Subtraction {

		@ParameterizedTest(name = "({0}) - ({1}) is {2}")
		@CsvSource({ "=, =, =", ">, =, >", "=, >, <", "=, >=, <=", ">, <, >", "<=, >=, <=", ">, >, ~", "<, <, ~",
				"~, =, ~" })
		void addsTheNegation(String left, String right, String expected) {
			assertThat(QualifierAlgebra.subtract(q(left), q(right))).isEqualTo(q(expected));
		}

	}

	@Nested
	class Multiplication {

		@ParameterizedTest(name = "({0} {1}) × ({2} {3}) is {4}")
		@CsvSource({ "=, 2, =, 3, =", ">, 2.8, =, 12, >", "=, 12, >, 2.8, >", ">=, 2.8, =, 12, >=",
				">, 2.8, =, -1, <", "<=, 5, =, -2, >=", ">, -4, =, 2, >", ">, 2, =, 0, ~", ">, 2, >=, 3, >",
				"<, 2, <=, 3, <", ">, 2, <, 3, ~", ">, -2, >, 3, ~", "~, 1, =, 2, ~", "=, 2, ~, 1, ~" })
		void keepsABoundOnlyWhenSignsAreKnown(String left, double leftValue, String right, double rightValue,
				String expected) {
			Term product = Arithmetic.MULTIPLY.apply(new Term(leftValue, q(left)), new Term(rightValue, q(right)));
			assertThat(product.qualifier()).isEqualTo(q(expected));
		}

	}

	@Nested
	class Division {

		@ParameterizedTest(name = "({0} {1}) ÷ ({2} {3}) is {4}")
		@CsvSource({ "=, 6, =, 3, =", ">, 2.8, =, 12, >", ">, 2.8, =, -4, <", "=, 115, >, 3, <", "=, 115, >=, 3, <=",
				"=, 1, <, 3, >", "=, -1, >, 3, >", ">, 2, <, 4, >", "<, 2, >, 4, <", ">, 2, >, 4, ~", "<, 2, <, 4, ~",
				"=, 1, >, -3, ~", "=, 1, ~, 0.333333, ~", "=, 0, >, 3, ~" })
		void turnsABoundOnTheDivisorAround(String left, double leftValue, String right, double rightValue,
				String expected) {
			Term quotient = Arithmetic.DIVIDE.apply(new Term(leftValue, q(left)), new Term(rightValue, q(right)));
			assertThat(quotient.qualifier()).isEqualTo(q(expected));
		}

	}

	@Nested
	class Functions {

		@ParameterizedTest(name = "{0}(({1} {2}), ({3} {4})) is {5}")
		@CsvSource({ "min, >, 2, =, 5, >", "min, >, 2, =, 1, >=", "min, >, 2, >=, 2, >=", "min, >, 2, <, 5, ~",
				"max, <, 5, =, 3, <", "max, <, 5, =, 7, <=", "max, >, 1, >, 3, >", "max, =, 1, =, 2, =",
				"max, ~, 1, =, 2, ~" })
		void minAndMaxAreStrictOnlyWhenTheChosenArgumentIs(String function, String left, double leftValue,
				String right, double rightValue, String expected) {
			FormulaFunction minOrMax = FormulaFunction.named(function).orElseThrow();
			Term result = minOrMax.apply(List.of(new Term(leftValue, q(left)), new Term(rightValue, q(right))));
			assertThat(result.qualifier()).isEqualTo(q(expected));
		}

		@ParameterizedTest(name = "round({0}) is {1}")
		@CsvSource({ ">, >=", ">=, >=", "<, <=", "<=, <=", "=, =", "~, ~" })
		void roundKeepsTheDirectionButNotStrictness(String operand, String expected) {
			assertThat(QualifierAlgebra.round(q(operand))).isEqualTo(q(expected));
		}

		@ParameterizedTest(name = "abs({0}) is {1}")
		@CsvSource({ "=, =", ">, ~", "<=, ~", "~, ~" })
		void absIsExactOnlyForExactInput(String operand, String expected) {
			assertThat(QualifierAlgebra.abs(q(operand))).isEqualTo(q(expected));
		}

	}

}
