package org.policybriefs.render;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A table of the source's Traditional quote as each edition's reader is shown it. */
class SimplifiedQuotesTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "zh-CN, 貴州押注“資源驅動”，商湯用國產昇騰芯片, 贵州押注“资源驱动”，商汤用国产昇腾芯片",
			"zh-Hans, 這裡, 这里", "zh-TW, 這裡, 這裡", "zh-Hant, 這裡, 這裡", "en, 這裡, 這裡" })
	void showsQuotesInTheReadersScript(String locale, String quote, String shown) {
		assertThat(new SimplifiedQuotes().forReader(quote, Locale.forLanguageTag(locale))).isEqualTo(shown);
	}

}
