package org.policybriefs.indicators;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which formulas are accepted, what they reference, and why the others are refused.
 */
class FormulaParseTests {

	@Nested
	class Accepted {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				compute_capacity / computing_centers       | compute_capacity computing_centers
				1 + training_cost_premium / 100            | training_cost_premium
				-aa * bb                                   | aa bb
				BJ.electricity_price / electricity_price   | BJ.electricity_price electricity_price
				min(aa, bb) + max(1, 2)                    | aa bb
				abs(aa - bb)                               | aa bb
				round(aa / 3, 2)                           | aa
				round((aa), 0)                             | aa
				(aa + bb) * (aa - cc)                      | aa bb cc
				SH.aa - BJ.aa + aa                         | SH.aa BJ.aa aa
				GZ2.x_1 * 2                                | GZ2.x_1
				min ( aa , bb )                            | aa bb
				+aa                                        | aa
				42                                         | ""
				2.5e3 - 10L + 16                           | ""
				""")
		void listsReferencesInOrderOfAppearance(String source, String references) {
			Formula formula = Formula.parse(source);
			assertThat(formula.source()).isEqualTo(source);
			assertThat(formula.references()).extracting(Reference::text).containsExactlyElementsOf(words(references));
		}

		@Test
		void indicatorCodesIgnoreTheRegion() {
			Formula formula = Formula.parse("SH.aa - BJ.aa + bb / aa");
			assertThat(formula.indicatorCodes()).containsExactly("aa", "bb");
			assertThat(formula.references()).containsExactly(new Reference("SH", "aa"), new Reference("BJ", "aa"),
					new Reference(null, "bb"), new Reference(null, "aa"));
		}

		private static List<String> words(String text) {
			return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
		}

	}

	@Nested
	class Refused {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				aa % bb                  | the remainder operator (% or mod) is not allowed
				aa mod bb                | the remainder operator
				2 ^ 3                    | powers (^) are not allowed
				aa div bb                | write / rather than a word operator
				aa == bb                 | comparisons and logic
				aa > 1                   | comparisons and logic
				aa and bb                | comparisons and logic
				!aa                      | comparisons and logic
				aa > 1 ? 1 : 2           | conditionals
				aa ?: 1                  | the Elvis operator
				'abc'                    | text literals are not allowed: 'abc'
				true                     | true and false are not allowed
				null                     | null is not allowed
				{1,2}                    | lists {...} are not allowed
				{x:1}                    | maps {...} are not allowed
				aa[0]                    | indexing [...] is not allowed
				aa.?[bb > 1]             | selection
				aa.![bb]                 | projection
				T(java.lang.Math).PI     | type references T(...) are not allowed: T(java.lang.Math)
				new java.lang.Object()   | constructors (new ...) are not allowed
				@bean                    | bean references (@...) are not allowed
				"#this"                  | variables (#...) are not allowed: #this
				"#root * 2"              | variables (#...) are not allowed: #root
				"#fn(1)"                 | #functions are not allowed
				aa = 1                   | assignment (=) is not allowed
				aa++                     | ++ is not allowed
				--aa                     | -- is not allowed
				aa.toString()            | methods cannot be called on a value
				sqrt(aa)                 | unknown function sqrt()
				min(aa)                  | min takes 2 argument(s), not 1
				abs(aa, bb)              | abs takes 1 argument(s), not 2
				round(aa, bb)            | round(x, n) needs n to be a whole number of decimals from 0 to 15
				round(aa, 1.5)           | round(x, n) needs n
				round(aa, 16)            | round(x, n) needs n
				1.5f                     | float literals are not allowed
				aa * 0x10                | write numbers in decimal digits (16, 1.5, 2e3), not 0x10
				Aa                       | 'Aa' is not an indicator code
				a                        | 'a' is not an indicator code
				BJ                       | 'BJ' looks like a region; write BJ.indicator_code
				bj.aa                    | 'bj' is not a region code
				BJ.aa.bb                 | a reference to another region is written REGION.code
				BJ?.aa                   | ?. is not allowed; write BJ.aa
				aa +                     | not a valid formula: Expression [aa +] @3: EL1042E
				(aa                      | not a valid formula:
				aa bb                    | not a valid formula:
				""")
		void withAReason(String source, String reason) {
			assertThatExceptionOfType(FormulaException.class).isThrownBy(() -> Formula.parse(source))
				.withMessageContaining(reason);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = "   ")
		void whenEmpty(String source) {
			assertThatExceptionOfType(FormulaException.class).isThrownBy(() -> Formula.parse(source))
				.withMessage("the formula is empty");
		}

	}

}
