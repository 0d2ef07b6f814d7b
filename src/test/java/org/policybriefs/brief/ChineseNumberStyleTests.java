package org.policybriefs.brief;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.indicators.ValueFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tables of values as the Chinese edition writes them through the one value formatter: money in
 * Chinese scale units by rescaling (never "5.2 十亿元"), bounds still rounded outward in the new
 * scale, measure words per unit, four-digit numbers ungrouped.
 */
class ChineseNumberStyleTests {

	/** Unit words as the bundle gives them (the shipped messages_zh_CN.properties holds the same kind of entries). */
	static final Map<String, String> WORDS = Map.ofEntries(Map.entry("unit.CNY bn", "元"),
			Map.entry("unit.CNY bn.scale", "9"), Map.entry("unit.USD bn", "美元"), Map.entry("unit.USD bn.scale", "9"),
			Map.entry("unit.firms", "家"), Map.entry("unit.models", "个"), Map.entry("unit.×", "倍"),
			Map.entry("unit.CNY/kWh", "元/千瓦时"));

	static final UnitWords UNITS = new UnitWords(WORDS::get);

	static final ValueFormatter FORMAT = new ValueFormatter(new ChineseNumberStyle(Locale.SIMPLIFIED_CHINESE, UNITS));

	static String shown(String value, String qualifier, int decimals, String unit) {
		ValueFormatter.Shown shown = FORMAT.value(Double.parseDouble(value), qualifier, decimals, unit);
		return shown.sign() + UnitWords.join(shown.number(), UNITS.label(shown.unit()));
	}

	@ParameterizedTest(name = "{1}{0} {3} at {2} decimals is {4}")
	@CsvSource(delimiter = '|', value = { "5.2|=|1|CNY bn|52亿元", "10|~|0|CNY bn|≈100亿元", "0.1|>|1|USD bn|>1亿美元",
			"1000|=|0|CNY bn|1万亿元", "1200|=|0|CNY bn|1.2万亿元", "0.05|=|2|CNY bn|5000万元", "52.5|=|1|CNY bn|525亿元",
			"0.2333|<|3|USD bn|<2.34亿美元", "0.2333|>|3|USD bn|>2.33亿美元", "2000|>|0|firms|>2000家",
			"115|=|0|models|115个", "35|=|0|×|35倍", "0.35|=|2|CNY/kWh|0.35元/千瓦时", "30|=|0|%|30%",
			"20000|=|0|firms|20,000家", "2.8|>|1|EFLOPS|>2.8\u00a0EFLOPS" })
	void writesScaleUnitsAndMeasureWords(String value, String qualifier, int decimals, String unit, String expected) {
		assertThat(shown(value, qualifier, decimals, unit)).isEqualTo(expected);
	}

	@Test
	void neverWritesTheEnglishScaleInChinese() {
		ValueFormatter.Shown shown = FORMAT.value(5.2, "=", 1, "CNY bn");
		assertThat(shown.number()).isEqualTo("52");
		assertThat(shown.unit()).isEqualTo("亿元");
		assertThat(UnitWords.join(shown.number(), UNITS.label(shown.unit()))).doesNotContain("十亿").doesNotContain("5.2");
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', value = { "2.8|2.8", "0.333|0.333", "1.10|1.1", "2000|2000", "12345|12,345",
			"-4.5|-4.5", "3|3" })
	void writesTheDigitsItIsGiven(String value, String expected) {
		assertThat(new ChineseNumberStyle(Locale.SIMPLIFIED_CHINESE, UNITS).digits(new BigDecimal(value)))
			.isEqualTo(expected);
	}

	@Test
	void refusesAScaleThatIsNotAPowerOfTen() {
		UnitWords words = new UnitWords(Map.of("unit.CNY bn", "元", "unit.CNY bn.scale", "billion")::get);
		assertThatIllegalStateException()
			.isThrownBy(() -> new ChineseNumberStyle(Locale.SIMPLIFIED_CHINESE, words).scale("CNY bn", 1, 0))
			.withMessageContaining("unit.CNY bn.scale")
			.withMessageContaining("templates/messages");
	}

}
