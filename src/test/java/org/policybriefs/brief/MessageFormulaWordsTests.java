package org.policybriefs.brief;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.indicators.Formula;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A derived figure's formula in the words of the shipped message bundles: a Chinese brief prints no
 * English word for min, max, abs or round.
 */
class MessageFormulaWordsTests {

	private static final Map<String, String> NAMES = Map.of("aa", "A", "bb", "B", "price", "电价");

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			min(aa, bb) + max(1, 2.5) | en    | minimum of (A, B) + maximum of (1, 2.5)
			min(aa, bb) + max(1, 2.5) | zh-CN | （A、B）中的最小值 + （1、2.5）中的最大值
			abs(aa - bb)              | zh-CN | （A − B）的绝对值
			round(aa / bb, 2)         | en    | (A ÷ B, rounded to 2 decimals)
			round(aa / bb, 2)         | zh-CN | （A ÷ B，保留2位小数）
			round(aa, 1)              | zh-CN | （A，保留一位小数）
			round(aa, 0)              | zh-CN | （A，取整）
			BJ.price / price          | zh-CN | 北京：电价 ÷ 电价
			""")
	void writesFormulasInTheBriefsLanguage(String source, String locale, String words) {
		BriefWords bundle = ShippedMessages.words(Locale.forLanguageTag(locale));
		assertThat(Formula.parse(source).toWords(NAMES::get, Map.of("BJ", "北京")::get, new MessageFormulaWords(bundle)))
			.isEqualTo(words);
	}

}
