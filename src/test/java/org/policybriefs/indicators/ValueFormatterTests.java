package org.policybriefs.indicators;

import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How values are written: bounds rounded outward (never tighter than the exact value), a count's
 * bounds as whole numbers, exact and approximate values half-up, and numbers for machines exact.
 */
class ValueFormatterTests {

	private final ValueFormatter english = new ValueFormatter(Locale.ENGLISH);

	@Nested
	class Bounds {

		@ParameterizedTest(name = "{1}{0} at {2} decimals, unit {3}: {4}")
		@CsvSource(delimiter = '|', textBlock = """
				38.3333333 | <  | 0 | ratio   | <39
				38.3333333 | <= | 0 | ratio   | ≤39
				38.3333333 | <  | 1 | ratio   | <38.4
				38.3333333 | <  | 0 | count   | ≤38
				38.3333333 | <= | 0 | count   | ≤38
				38         | <  | 0 | count   | <38
				38         | <= | 0 | count   | ≤38
				2.8        | >  | 1 | EFLOPS  | >2.8
				2.89       | >  | 1 | EFLOPS  | >2.8
				2.89       | >= | 1 | EFLOPS  | ≥2.8
				0.2333333  | >  | 2 | EFLOPS  | >0.23
				0.2333333  | <  | 2 | EFLOPS  | <0.24
				20.5       | >  | 0 | count   | ≥21
				20.5       | >= | 0 | count   | ≥21
				20         | >  | 0 | count   | >20
				2000       | >  | 0 | count   | >2,000
				0.1        | >  | 1 | USD bn  | >0.1
				-1.25      | <  | 1 | %       | <-1.2
				-1.25      | >  | 1 | %       | >-1.3
				38.0000001 | <  | 0 | ratio   | <39
				""")
		void areRoundedOutward(double value, String qualifier, int decimals, String unit, String expected) {
			assertThat(ValueFormatterTests.this.english.value(value, qualifier, decimals, unit).text())
				.isEqualTo(expected);
		}

		@Test
		void aCountsBoundTightenedToAWholeNumberSaysSo() {
			ValueFormatter.Shown shown = ValueFormatterTests.this.english.value(38.3333, "<", 0, "count");
			assertThat(shown.qualifier()).isEqualTo(Qualifier.AT_MOST);
			assertThat(shown.rounded()).isEqualByComparingTo("38");
		}

	}

	@Nested
	class ExactAndApproximate {

		@ParameterizedTest(name = "{1}{0} at {2} decimals: {4}")
		@CsvSource(delimiter = '|', textBlock = """
				0.333333      | ~ | 3 | ratio   | ≈0.333
				1.0500010500  | ~ | 2 | CNY/kWh | ≈1.05
				2.85          | = | 1 | EFLOPS  | 2.9
				12            | = | 0 | %       | 12
				0.35          | = | 2 | CNY/kWh | 0.35
				1             | = | 2 | ratio   | 1
				1234567.891   | = | 2 | CNY bn  | 1,234,567.89
				12.4          | = | 0 | count   | 12
				0             | = | 1 | %       | 0
				-0.01         | = | 1 | %       | 0
				""")
		void areRoundedHalfUp(double value, String qualifier, int decimals, String unit, String expected) {
			assertThat(ValueFormatterTests.this.english.value(value, qualifier, decimals, unit).text())
				.isEqualTo(expected);
		}

		@Test
		void anUnknownOrMissingQualifierIsExact() {
			assertThat(ValueFormatterTests.this.english.value(5, (String) null, 0, "count").text()).isEqualTo("5");
			assertThat(ValueFormatterTests.this.english.value(5, "?", 0, "count").text()).isEqualTo("5");
		}

	}

	@Nested
	class Languages {

		@Test
		void digitsAndGroupingFollowTheLocale() {
			assertThat(new ValueFormatter(Locale.GERMAN).value(1234.5, "=", 1, "EFLOPS").text()).isEqualTo("1.234,5");
			assertThat(new ValueFormatter(Locale.SIMPLIFIED_CHINESE).value(2000, ">", 0, "count").text())
				.isEqualTo(">2,000");
		}

		@Test
		void aStyleMayRescaleAUnitAndTheFormatterRoundsInTheNewScale() {
			NumberStyle hundredMillions = new NumberStyle() {
				@Override
				public String digits(java.math.BigDecimal number) {
					return number.toPlainString();
				}

				@Override
				public Scale scale(String unit, double value, int decimals) {
					return "CNY bn".equals(unit) ? new Scale("CNY 100m", value * 10, decimals - 1)
							: new Scale(unit, value, decimals);
				}
			};
			ValueFormatter.Shown shown = new ValueFormatter(hundredMillions).value(5.2, "=", 1, "CNY bn");
			assertThat(shown.text()).isEqualTo("52");
			assertThat(shown.unit()).isEqualTo("CNY 100m");
			assertThat(new ValueFormatter(hundredMillions).value(0.14, ">", 1, "CNY bn").text()).isEqualTo(">1");
		}

	}

	@Nested
	class ForMachines {

		@ParameterizedTest
		@CsvSource({ "2.8, 2.8", "12.0, 12", "1e21, 1000000000000000000000", "0.000001, 0.000001",
				"0.3333333333333333, 0.3333333333333333" })
		void plainIsTheShortestExactDecimal(double value, String expected) {
			assertThat(ValueFormatter.plain(value)).isEqualTo(expected);
		}

	}

}
