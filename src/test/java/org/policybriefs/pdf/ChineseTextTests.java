package org.policybriefs.pdf;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of Chinese text before and after it is set: full-width punctuation next to Chinese,
 * quotation marks nested, Traditional characters in Simplified ones.
 */
class ChineseTextTests {

	@Nested
	class Punctuation {

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource(delimiter = '|', value = { "算力规模突破2.8EFLOPS,占全国|算力规模突破2.8EFLOPS，占全国",
				"“資源驅動”,用綠電|“資源驅動”，用綠電", "数据期: 2024年|数据期：2024年", "原因; 见下|原因；见下",
				"训练成本指数(北京=1)|训练成本指数（北京=1）", "单个智算中心平均算力 (EFLOPS)|单个智算中心平均算力（EFLOPS）",
				"能否? 可以!|能否？可以！", "(比值)|（比值）", "外省 (第二段) 采购|外省（第二段）采购",
				"（派生）|（派生）" })
		void becomesFullWidthNextToChinese(String text, String expected) {
			assertThat(ChineseText.punctuation(text)).isEqualTo(expected);
		}

		@ParameterizedTest(name = "{0} stays")
		@CsvSource(delimiter = '|', value = { "2,000家", "比例3:1", "compute_capacity / (a + b)",
				"EFLOPS (ratio), count", "http://example.org/a", "A100/H100芯片" })
		void leavesDigitsAndLatinTextAlone(String text) {
			assertThat(ChineseText.punctuation(text)).isEqualTo(text);
		}

	}

	@Nested
	class NestedQuotes {

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource(delimiter = '|', value = { "“贵州押注“资源驱动”，用绿电。”|“贵州押注‘资源驱动’，用绿电。”",
				"“以前是‘地无三尺平’，现在是‘机柜漫山岭’。”|“以前是‘地无三尺平’，现在是‘机柜漫山岭’。”",
				"“甲“乙“丙”乙”甲”|“甲‘乙“丙”乙’甲”", "他说\"算力VIP卡\"。|他说“算力VIP卡”。",
				"‘外层’|“外层”" })
		void nestsWithTheOtherMarks(String text, String expected) {
			assertThat(ChineseText.nestedQuotes(text)).isEqualTo(expected);
		}

	}

	@Nested
	class Simplified {

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource(delimiter = '|', value = { "貴州押注“資源驅動”|贵州押注“资源驱动”", "這裡的AI企業數量|这里的AI企业数量",
				"北京備案的大模型數量多達115個|北京备案的大模型数量多达115个", "上海張江科學城|上海张江科学城", "商湯寧可用國產昇騰芯片|商汤宁可用国产昇腾芯片" })
		void writesTraditionalCharactersInSimplifiedOnes(String text, String expected) {
			assertThat(ChineseText.simplified(text)).isEqualTo(expected);
			assertThat(ChineseText.hasTraditional(text)).isTrue();
			assertThat(ChineseText.hasTraditional(expected)).isFalse();
		}

		@Test
		void returnsSimplifiedAndLatinTextAsItIs() {
			assertThat(ChineseText.simplified("贵州投运的智算中心已达12个, EFLOPS")).isEqualTo("贵州投运的智算中心已达12个, EFLOPS");
			assertThat(ChineseText.simplified("Compute per centre")).isEqualTo("Compute per centre");
		}

	}

}
