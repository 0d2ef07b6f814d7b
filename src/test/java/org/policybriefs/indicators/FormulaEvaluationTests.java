package org.policybriefs.indicators;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Evaluating formulas: arithmetic, functions, other regions, qualifiers, lineage and the reasons
 * for a missing value.
 */
class FormulaEvaluationTests {

	private static final String PERIOD = MapLookup.PERIOD;

	private final MapLookup lookup = new MapLookup().with("GZ", "aa", 2, "=", "S1")
		.with("GZ", "bb", 3, "=", "S2", "S1")
		.with("GZ", "zero", 0, "=")
		.with("GZ", "huge", 1e308, "=")
		.with("GZ", "not_a_number", Double.NaN, "=")
		.with("GZ", "price", 0.3, "=", "S3")
		.with("BJ", "price", 0.6, "~", "S4");

	private FormulaResult evaluate(String source) {
		return Formula.parse(source).evaluate("GZ", PERIOD, this.lookup);
	}

	private FormulaResult.Value value(String source) {
		FormulaResult result = evaluate(source);
		assertThat(result).isInstanceOf(FormulaResult.Value.class);
		return (FormulaResult.Value) result;
	}

	@Nested
	class Calculation {

		@ParameterizedTest(name = "{0} = {1}")
		@CsvSource(delimiter = '|', textBlock = """
				2 + 3 * 4                | 14
				(2 + 3) * 4              | 20
				-(1 - 3)                 | 2
				-aa * bb                 | -6
				-aa - -bb                | 1
				2 * -3                   | -6
				aa - bb - 1              | -2
				12 / 2 / 3               | 2
				10 / 4                   | 2.5
				min(aa, bb) + max(1, 2)  | 4
				max(-aa, -bb)            | -2
				abs(aa - bb)             | 1
				round(10 / 3, 2)         | 3.33
				round(2.345, 2)          | 2.35
				round(-2.5, 0)           | -3
				round(aa / bb, 0)        | 1
				BJ.price / price         | 2
				""")
		void followsPrecedenceWithRealDivision(String source, double expected) {
			assertThat(value(source).value()).isCloseTo(expected, within(1e-9));
		}

		@Test
		void looksUpOtherRegionsForTheSamePeriod() {
			Formula.parse("BJ.price / price").evaluate("GZ", PERIOD, FormulaEvaluationTests.this.lookup);
			assertThat(FormulaEvaluationTests.this.lookup.requests()).containsExactly("BJ.price@2024", "GZ.price@2024");
		}

	}

	@Nested
	class Qualifiers {

		private final MapLookup briefs = new MapLookup().with("GZ", "compute_capacity", 2.8, ">")
			.with("GZ", "computing_centers", 12, "=")
			.with("GZ", "national_compute_share", 12, "=")
			.with("GZ", "electricity_price_ratio_bj", 0.333333, "~")
			.with("GZ", "training_cost_premium", 15, "=")
			.with("GZ", "external_compute_share", 50, "=")
			.with("GZ", "registered_models", 115, "=")
			.with("GZ", "ai_talent_share", 38, "=")
			.with("GZ", "registered_models_ratio_sh", 3, ">")
			.with("GZ", "compute_shortfall", 30, ">");

		@ParameterizedTest(name = "{0} is {1} {2}")
		@CsvSource(delimiter = '|', textBlock = """
				compute_capacity / computing_centers              | >  | 0.2333
				1 / electricity_price_ratio_bj                    | ~  | 3.0
				1 + training_cost_premium / 100                   | =  | 1.15
				100 - external_compute_share                      | =  | 50
				registered_models / ai_talent_share               | =  | 3.0263
				compute_capacity / national_compute_share * 100   | >  | 23.33
				registered_models / registered_models_ratio_sh    | <  | 38.33
				100 - compute_shortfall                           | <  | 70
				round(compute_capacity / computing_centers, 2)    | >= | 0.23
				""")
		void propagateFromTheInputs(String source, String qualifier, double expected) {
			FormulaResult result = Formula.parse(source).evaluate("GZ", PERIOD, this.briefs);
			assertThat(result).isInstanceOfSatisfying(FormulaResult.Value.class, (value) -> {
				assertThat(value.qualifier().symbol()).isEqualTo(qualifier);
				assertThat(value.value()).isCloseTo(expected, within(0.005));
			});
		}

	}

	@Nested
	class Lineage {

		@Test
		void listsEachInputOnceInOrderWithSortedSources() {
			MapLookup lookup = FormulaEvaluationTests.this.lookup;
			FormulaResult.Value value = value("bb + aa * bb + BJ.price");
			assertThat(value.inputs()).containsExactly(lookup.get("GZ", "bb"), lookup.get("GZ", "aa"),
					lookup.get("BJ", "price"));
			assertThat(value.sources()).containsExactly("S1", "S2", "S4");
		}

		@Test
		void countsTheOwnRegionNamedExplicitlyAsTheSameInput() {
			FormulaResult result = Formula.parse("BJ.price - price")
				.evaluate("BJ", PERIOD, FormulaEvaluationTests.this.lookup);
			assertThat(result).isInstanceOfSatisfying(FormulaResult.Value.class, (value) -> {
				assertThat(value.value()).isZero();
				assertThat(value.inputs()).hasSize(1);
			});
		}

	}

	@Nested
	class NoValue {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				# formula               | kind             | input              | as indicators.csv says it
				gdp / aa                 | NO_DATA          | gdp                | no data for gdp, 2024
				0 * gdp                  | NO_DATA          | gdp                | no data for gdp, 2024
				aa + BJ.gdp              | NO_DATA          | BJ.gdp             | no data for BJ.gdp, 2024
				aa / zero                | DIVISION_BY_ZERO | zero               | division by zero: zero is 0
				aa / (bb - bb)           | DIVISION_BY_ZERO | (bb - bb)          | division by zero: (bb - bb) is 0
				1 / round(aa / 10, 0)    | DIVISION_BY_ZERO | round(aa / 10, 0)  | division by zero: round(aa / 10, 0) is 0
				huge * huge              | NOT_FINITE       | huge * huge        | not a finite number: huge * huge, 2024
				max(huge * 10, 1)        | NOT_FINITE       | huge * 10          | not a finite number: huge * 10, 2024
				not_a_number + 1         | NOT_FINITE       | not_a_number       | not a finite number: not_a_number, 2024
				""")
		void saysWhyAsDataInsteadOfInventingANumber(String source, MissingReason.Kind kind, String input, String text) {
			FormulaResult result = evaluate(source);

			assertThat(result).isEqualTo(new FormulaResult.Missing(new MissingReason(kind, input, PERIOD)));
			assertThat(((FormulaResult.Missing) result).reason().describe()).isEqualTo(text);
		}

		@Test
		void anInputOfAnotherRegionIsNamedWithItsRegion() {
			MissingReason reason = ((FormulaResult.Missing) evaluate("aa + BJ.gdp")).reason();

			assertThat(reason.inputRegion()).isEqualTo("BJ");
			assertThat(reason.inputIndicator()).isEqualTo("gdp");
		}

	}

}
