package org.policybriefs.pdf;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Where a line of text may end, for Chinese and English alike: the Unicode line-breaking rules
 * (ICU), then the rules of Chinese typesetting and of tables of figures on top of them. A line
 * never starts with closing punctuation (，。、；：？！）》」” …) nor ends with opening punctuation
 * (（《「“ …); a number stays with its measure word or scale ("12个", "52亿元") and with the word
 * after it ("2.8 EFLOPS"); a short parenthesised label ("(derived)", "（比值）", "(Beijing = 1)")
 * and a short word with a slash ("CNY/kWh", "元/千瓦时") are never broken. One instance is used by
 * one thread at a time: Flying Saucer asks it while it lays out one document.
 */
public final class LineBreaks implements LineBreakingStrategy {

	/** Characters a line may not start with: closing brackets and quotes, and punctuation that ends a clause. */
	static final String CLOSING = "，。、；：？！）》」』”’〕】〉〗〙〛｝］｠…‥·・ー%％‰°℃,.;:?!)]}";

	/** Characters a line may not end with: opening brackets and quotes. */
	static final String OPENING = "（《「『“‘〔【〈〖〘〚｛［｟([{";

	/** The longest parenthesised label, in characters with its parentheses, that is kept on one line. */
	public static final int SHORT_GROUP = 24;

	/**
	 * The same for a label in Chinese: （比值）, （推算）, （张江科学城）. A longer Chinese phrase in
	 * parentheses is text, broken between its characters like any other (a narrow column needs it).
	 */
	public static final int SHORT_CHINESE_GROUP = 8;

	/** The longest word with a slash in it, in characters, that is kept on one line (a unit, not a path). */
	static final int SHORT_SLASHED = 16;

	/**
	 * The private-use subtag of a language ("zh-CN-x-words") that asks for whole words: a Chinese
	 * word (by ICU's dictionary) is not split across lines, as in a heading that names a place.
	 */
	static final String KEEP_WORDS = "-x-words";

	private final BreakIterator icu = BreakIterator.getLineInstance(ULocale.ROOT);

	private BreakIterator words;

	private int[] breaks = new int[64];

	/** The last text asked about in full, and its positions: Flying Saucer asks again for each line, with the rest of the text. */
	private String lastText = "";

	private boolean lastWholeWords;

	private int[] lastPositions = new int[0];

	@Override
	public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
		boolean wholeWords = language != null && language.endsWith(KEEP_WORDS);
		int offset = this.lastText.length() - text.length();
		if (offset < 0 || wholeWords != this.lastWholeWords || !this.lastText.startsWith(text, offset)) {
			this.lastText = text;
			this.lastWholeWords = wholeWords;
			this.lastPositions = positions(text, wholeWords);
			offset = 0;
		}
		int[] positions = this.lastPositions;
		int skip = offset;
		int first = firstAfter(positions, skip);
		return new BreakPointsProvider() {

			private int next = first;

			@Override
			public BreakPoint next() {
				return (this.next < positions.length) ? new BreakPoint(positions[this.next++] - skip)
						: BreakPoint.getDonePoint();
			}

		};
	}

	/** The index of the first position after {@code offset}: the rest of a text breaks where the whole of it did. */
	private static int firstAfter(int[] positions, int offset) {
		int index = Arrays.binarySearch(positions, offset);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	/**
	 * Every position where a line may end in {@code text}, ascending, the text's length last.
	 * A position is the index of the first character of the next line.
	 */
	int[] positions(String text) {
		return positions(text, false);
	}

	/** The positions where a line may end; with {@code wholeWords}, never inside a Chinese word. */
	int[] positions(String text, boolean wholeWords) {
		int count = 0;
		this.icu.setText(text);
		boolean[] glued = glued(text);
		if (wholeWords) {
			glueWords(text, glued);
		}
		for (int position = this.icu.next(); position != BreakIterator.DONE; position = this.icu.next()) {
			if (position < text.length() && glued[position]) {
				continue;
			}
			if (count == this.breaks.length) {
				this.breaks = Arrays.copyOf(this.breaks, count * 2);
			}
			this.breaks[count++] = position;
		}
		return Arrays.copyOf(this.breaks, count);
	}

	/** For each position, whether a break there would split what belongs together. */
	private static boolean[] glued(String text) {
		int length = text.length();
		boolean[] glued = new boolean[length + 1];
		for (int i = 1; i < length; i++) {
			char before = text.charAt(i - 1);
			char after = text.charAt(i);
			if (CLOSING.indexOf(after) >= 0 || OPENING.indexOf(before) >= 0) {
				glued[i] = true;
			}
			else if (Character.isDigit(before) && ScriptRuns.isCjk(after)) {
				glued[i] = true; // 12个, 52亿
			}
			else if ((before == '万' || before == '亿') && ScriptRuns.isCjk(after) && i >= 2
					&& Character.isDigit(text.charAt(i - 2))) {
				glued[i] = true; // 52亿元
			}
			else if ((before == '—' && after == '—') || (before == '…' && after == '…')) {
				glued[i] = true; // —— and …… are one mark
			}
			else if (before == '约' && Character.isDigit(after)) {
				glued[i] = true; // 约100亿元
			}
			else if (isSpace(before) && i >= 2 && Character.isDigit(text.charAt(i - 2)) && !isSpace(after)) {
				glued[i] = true; // 2.8 EFLOPS
			}
		}
		glueGroups(text, glued);
		glueSlashedWords(text, glued);
		return glued;
	}

	/** No break inside a Chinese word of two characters or more. */
	private void glueWords(String text, boolean[] glued) {
		if (this.words == null) {
			this.words = BreakIterator.getWordInstance(ULocale.CHINESE);
		}
		this.words.setText(text);
		int start = this.words.first();
		for (int end = this.words.next(); end != BreakIterator.DONE; start = end, end = this.words.next()) {
			if (end - start >= 2 && ScriptRuns.containsCjk(text.substring(start, end))) {
				Arrays.fill(glued, start + 1, end, true);
			}
		}
	}

	/** No break inside a short parenthesised label. */
	private static void glueGroups(String text, boolean[] glued) {
		for (int open = 0; open < text.length(); open++) {
			char c = text.charAt(open);
			char closing = (c == '(') ? ')' : (c == '（') ? '）' : 0;
			if (closing == 0) {
				continue;
			}
			int close = text.indexOf(closing, open + 1);
			int longest = ScriptRuns.containsCjk(text.substring(open + 1, Math.max(open + 1, close))) ? SHORT_CHINESE_GROUP
					: SHORT_GROUP;
			if (close > 0 && close - open < longest) {
				Arrays.fill(glued, open + 1, close + 1, true);
			}
		}
	}

	/** No break inside a short word with a slash in it: a unit such as CNY/kWh. */
	private static void glueSlashedWords(String text, boolean[] glued) {
		for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
			int start = slash;
			while (start > 0 && !isSpace(text.charAt(start - 1))) {
				start--;
			}
			int end = slash + 1;
			while (end < text.length() && !isSpace(text.charAt(end))) {
				end++;
			}
			if (end - start <= SHORT_SLASHED) {
				Arrays.fill(glued, start + 1, end, true);
			}
		}
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u00a0' || c == '\t' || c == '\n';
	}

}
