package org.policybriefs.render;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tables of how a rounded value and its unit are written in each edition: Chinese scale units
 * by rescaling (never "5.2 十亿元"), measure words per unit, English grouping and unit labels.
 */
class NumberStyleTests {

	/** Unit words as a bundle gives them; the shipped bundles hold the same kind of entries. */
	static final Map<String, String> CHINESE = Map.ofEntries(Map.entry("unit.CNY bn", "元"),
			Map.entry("unit.CNY bn.scale", "9"), Map.entry("unit.USD bn", "美元"), Map.entry("unit.USD bn.scale", "9"),
			Map.entry("unit.firms", "家"), Map.entry("unit.models", "个"), Map.entry("unit.×", "倍"),
			Map.entry("unit.CNY/kWh", "元/千瓦时"), Map.entry("unit.ratio", "比值"), Map.entry("unit.ratio.pattern", "{0}"));

	static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("unit.CNY bn", "CNY bn"),
			Map.entry("unit.CNY bn.pattern", "CNY\u00a0{0}\u00a0bn"), Map.entry("unit.firms", "firms"),
			Map.entry("unit.ratio", "ratio"), Map.entry("unit.ratio.pattern", "{0}"));

	static NumberStyle chinese() {
		return NumberStyle.of(Locale.SIMPLIFIED_CHINESE, CHINESE::get);
	}

	static NumberStyle english() {
		return NumberStyle.of(Locale.ENGLISH, ENGLISH::get);
	}

	@Nested
	class Chinese {

		@ParameterizedTest(name = "{0} {1} is {2}")
		@CsvSource(delimiter = '|', value = { "5.2|CNY bn|52亿元", "10|CNY bn|100亿元", "0.1|USD bn|1亿美元",
				"1000|CNY bn|1万亿元", "1200|CNY bn|1.2万亿元", "0.05|CNY bn|5000万元", "0.0052|CNY bn|520万元",
				"52.5|CNY bn|525亿元", "0.233|USD bn|2.33亿美元", "2000|firms|2000家", "115|models|115个",
				"35|×|35倍", "0.35|CNY/kWh|0.35元/千瓦时", "1.15|ratio|1.15", "30|%|30%", "20000|firms|20,000家" })
		void writesScaleUnitsAndMeasureWords(String value, String unit, String expected) {
			assertThat(chinese().quantity(new BigDecimal(value), unit).text()).isEqualTo(expected);
		}

		@Test
		void neverWritesTheEnglishScaleInChinese() {
			NumberStyle.Quantity quantity = chinese().quantity(new BigDecimal("5.2"), "CNY bn");
			assertThat(quantity.text()).doesNotContain("十亿").doesNotContain("5.2");
			assertThat(quantity.number()).isEqualTo("52亿");
			assertThat(quantity.unit()).isEqualTo("元");
		}

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource(delimiter = '|', value = { "2.8|2.8", "0.333|0.333", "1.00|1.00", "2000|2000", "12345|12,345",
				"-4.5|-4.5" })
		void writesExactlyTheDigitsItIsGiven(String value, String expected) {
			assertThat(chinese().number(new BigDecimal(value))).isEqualTo(expected);
		}

		@Test
		void joinsALatinUnitWithANoBreakSpace() {
			assertThat(chinese().quantity(new BigDecimal("2.8"), "EFLOPS").text()).isEqualTo("2.8\u00a0EFLOPS");
		}

	}

	@Nested
	class English {

		@ParameterizedTest(name = "{0} {1} is {2}")
		@CsvSource(delimiter = '|', value = { "5.2|CNY bn|CNY\u00a05.2\u00a0bn", "2000|firms|2,000\u00a0firms",
				"2.8|EFLOPS|2.8\u00a0EFLOPS", "30|%|30%", "35|×|35×", "15|°C|15°C", "1.15|ratio|1.15",
				"0.35|CNY/kWh|0.35\u00a0CNY/kWh" })
		void writesTheNumberWithItsUnit(String value, String unit, String expected) {
			assertThat(english().quantity(new BigDecimal(value), unit).text()).isEqualTo(expected);
		}

		@Test
		void keepsTheUnitApartForAUnitColumn() {
			NumberStyle.Quantity quantity = english().quantity(new BigDecimal("2000"), "firms");
			assertThat(quantity.number()).isEqualTo("2,000");
			assertThat(quantity.unit()).isEqualTo("firms");
		}

	}

	@Test
	void refusesAScaleThatIsNotAPowerOfTen() {
		NumberStyle style = NumberStyle.of(Locale.SIMPLIFIED_CHINESE,
				Map.of("unit.CNY bn", "元", "unit.CNY bn.scale", "billion")::get);
		assertThatIllegalStateException().isThrownBy(() -> style.quantity(BigDecimal.ONE, "CNY bn"))
			.withMessageContaining("unit.CNY bn.scale")
			.withMessageContaining("templates/messages");
	}

}
