package org.policybriefs.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a line may end: each case lists the pieces between which a break is allowed, so a
 * piece is what may never be split across lines.
 */
class LineBreaksTests {

	static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>();
		int start = 0;
		for (int position : new LineBreaks().positions(text)) {
			pieces.add(text.substring(start, position));
			start = position;
		}
		return pieces;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "资源驱动”，用|动”，", "约为北京的三分之一。|一。",
			"（比值）|（比值）", "成本（北京=1）较高|（北京=1）", "数据中心、智算|心、", "他说：“好”|“好”" })
	void neverStartsALineWithClosingPunctuationNorEndsOneWithOpening(String text, String kept) {
		assertThat(pieces(text)).anySatisfy((piece) -> assertThat(piece).contains(kept));
		for (String piece : pieces(text)) {
			assertThat(LineBreaks.CLOSING.indexOf(piece.charAt(0))).as(piece).isNegative();
			assertThat(LineBreaks.OPENING.indexOf(piece.charAt(piece.length() - 1))).as(piece).isNegative();
		}
	}

	@ParameterizedTest(name = "{0} keeps {1}")
	@CsvSource(delimiter = '|', value = { "超过2000家企业|2000家", "投资52亿元的中心|52亿元", "约100亿元|约100亿元",
			"Compute per centre (derived)|(derived)", "Training-cost index (Beijing = 1)|(Beijing = 1)",
			"price in CNY/kWh today|CNY/kWh", "电价为0.35元/千瓦时|0.35元/千瓦时", "more than 2.8 EFLOPS of|2.8 EFLOPS",
			"capacity (EFLOPS) and|(EFLOPS)", "一个“——”破折号——很长|——" })
	void keepsNumbersUnitsAndShortLabelsWhole(String text, String kept) {
		assertThat(pieces(text)).anySatisfy((piece) -> assertThat(piece).contains(kept));
	}

	@Test
	void breaksALongerChinesePhraseInParenthesesLikeAnyText() {
		assertThat(pieces("全国（原文列为上海面临的掣肘之一）")).contains("（原", "文", "一）");
		assertThat(pieces("张江科学城（张江科学城）")).contains("（张江科学城）");
	}

	@Test
	void breaksChineseBetweenCharactersAndEnglishAfterSpaces() {
		assertThat(pieces("算力竞赛")).containsExactly("算", "力", "竞", "赛");
		assertThat(pieces("the race for compute")).containsExactly("the ", "race ", "for ", "compute");
	}

	@Test
	void keepsChineseWordsWholeWhereAskedAsInAHeading() {
		String title = "中国人工智能算力竞赛中的上海";
		int shanghai = title.indexOf("上海");
		assertThat(new LineBreaks().positions(title)).contains(shanghai + 1);
		assertThat(new LineBreaks().positions(title, true)).doesNotContain(shanghai + 1).contains(shanghai);
	}

	@Test
	void breaksALongPathAtItsSlashes() {
		assertThat(pieces("templates/messages/messages_zh_CN.properties")).hasSizeGreaterThan(1);
	}

	@Test
	void theRestOfATextBreaksWhereTheWholeOfItDid() {
		// Flying Saucer asks again for each line with the rest of the paragraph
		LineBreaks breaks = new LineBreaks();
		String text = "Compute per centre (derived) in 2024, price in CNY/kWh: 约100亿元的中心（比值）很长";
		int[] whole = breaks.positions(text);
		assertThat(points(breaks, text)).containsExactly(whole);
		int start = whole[3];
		int[] rest = Arrays.stream(whole).filter((position) -> position > start)
			.map((position) -> position - start)
			.toArray();
		assertThat(points(breaks, text.substring(start))).containsExactly(rest);
		assertThat(points(breaks, text.substring(start))).as("the same text asked again").containsExactly(rest);
		assertThat(points(breaks, "the race for compute")).containsExactly(4, 9, 13, 20);
	}

	private static int[] points(LineBreaks breaks, String text) {
		BreakPointsProvider provider = breaks.getBreakPointsProvider(text, "en", null);
		List<Integer> points = new ArrayList<>();
		for (BreakPoint point = provider.next(); point.getPosition() != BreakIterator.DONE; point = provider.next()) {
			points.add(point.getPosition());
		}
		return points.stream().mapToInt(Integer::intValue).toArray();
	}

}
