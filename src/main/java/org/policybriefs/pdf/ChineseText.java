package org.policybriefs.pdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese text as a Chinese reader expects it: full-width punctuation wherever a comma, colon,
 * semicolon, parenthesis, question or exclamation mark touches Chinese text; quotation marks
 * nested “…‘…’…” (never the same marks inside each other); and, for a Simplified-Chinese
 * edition, Traditional characters turned into Simplified ones with ICU's
 * {@code Traditional-Simplified} transliterator. Plain functions of a string.
 */
public final class ChineseText {

	private static final String HALF = ",;:!?";

	private static final String FULL = "，；：！？";

	/** The longest stretch between half-width parentheses that is looked at as one parenthesised group. */
	private static final int LONGEST_GROUP = 200;

	/** Texts already turned into Simplified characters: ICU's transliterator takes a few microseconds a character. */
	private static final Map<String, String> SIMPLIFIED = new ConcurrentHashMap<>();

	/** Most texts kept: the words of the bundles and the data of a run, a few thousand texts. */
	private static final int CACHED = 16_384;

	private ChineseText() {
	}

	/** The text with Traditional characters written in Simplified ones ("資源驅動" is "资源驱动"). */
	public static String simplified(String text) {
		if (!hasHan(text)) {
			return text;
		}
		String cached = SIMPLIFIED.get(text);
		if (cached != null) {
			return cached;
		}
		String simplified = Transliteration.toSimplified(text);
		if (SIMPLIFIED.size() >= CACHED) {
			SIMPLIFIED.clear();
		}
		SIMPLIFIED.put(text, simplified.equals(text) ? text : simplified);
		return simplified;
	}

	/** Loads ICU's transliterator (its rules take a second or more to compile), so that the first brief need not. */
	public static void prepare() {
		Transliteration.toSimplified("預熱");
	}

	/** Whether the text has a character that Simplified Chinese writes differently. */
	static boolean hasTraditional(String text) {
		return !simplified(text).equals(text);
	}

	/**
	 * Half-width , ; : ! ? and ( ) next to Chinese text become full-width ，；：！？（）, and the spaces
	 * around them go (a full-width mark carries its own space). Digits keep theirs: "2,000" and
	 * "3:1" stay as they are.
	 */
	static String punctuation(String text) {
		return punctuation(text, ' ', ' ');
	}

	/**
	 * The same, for a text that stands between two others (the text of an element inside a
	 * sentence): {@code before} and {@code after} are the nearest characters around it that are
	 * not spaces, so that "(×)" after "电价优势" becomes "（×）".
	 */
	static String punctuation(String text, char before, char after) {
		boolean chineseBefore = ScriptRuns.isCjk(before);
		boolean chineseAfter = ScriptRuns.isCjk(after);
		if (!chineseBefore && !chineseAfter) {
			return setPunctuation(text);
		}
		String context = (chineseBefore ? String.valueOf(before) : "") + text + (chineseAfter ? String.valueOf(after) : "");
		String set = setPunctuation(context);
		return set.substring(chineseBefore ? 1 : 0, set.length() - (chineseAfter ? 1 : 0));
	}

	private static String setPunctuation(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int length = text.length();
		boolean[] closing = new boolean[length];
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int half = HALF.indexOf(c);
			if (half >= 0 && touchesChinese(text, i, i) && !betweenDigits(text, i)) {
				trimSpaces(out);
				out.append(FULL.charAt(half));
				i = skipSpaces(text, i + 1) - 1;
			}
			else if (c == '(') {
				int close = matching(text, i, '(', ')', LONGEST_GROUP);
				if (close > 0 && (touchesChinese(text, i, close) || ScriptRuns.containsCjk(text.substring(i + 1, close)))) {
					trimSpaces(out);
					out.append('（');
					closing[close] = true;
				}
				else {
					out.append(c);
				}
			}
			else if (c == ')' && closing[i]) {
				out.append('）');
				int next = skipSpaces(text, i + 1);
				if (next < length && ScriptRuns.isCjk(text.codePointAt(next))) {
					i = next - 1;
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Quotation marks nested as a Chinese text nests them: “ at the outer level, ‘ inside it, “
	 * again inside that. Straight double quotes become curly ones, opening or closing by turn.
	 */
	static String nestedQuotes(String text) {
		return Quotes.nest(text, true);
	}

	private static boolean hasHan(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
				return true;
			}
		}
		return false;
	}

	private static boolean touchesChinese(String text, int start, int end) {
		int before = previousNonSpace(text, start);
		int after = skipSpaces(text, end + 1);
		return (before >= 0 && ScriptRuns.isCjk(text.codePointBefore(before + 1)))
				|| (after < text.length() && ScriptRuns.isCjk(text.codePointAt(after)));
	}

	private static boolean betweenDigits(String text, int i) {
		return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
				&& Character.isDigit(text.charAt(i + 1));
	}

	/**
	 * The index of the mark that closes the one at {@code open} (marks nested inside counted), no
	 * further than {@code longest} characters on, or -1.
	 */
	static int matching(String text, int open, char opening, char closing, int longest) {
		int depth = 0;
		for (int i = open; i < text.length() && i - open <= longest; i++) {
			char c = text.charAt(i);
			if (c == opening) {
				depth++;
			}
			else if (c == closing && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static int previousNonSpace(String text, int index) {
		int i = index - 1;
		while (i >= 0 && isSpace(text.charAt(i))) {
			i--;
		}
		return i;
	}

	private static int skipSpaces(String text, int index) {
		int i = index;
		while (i < text.length() && isSpace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static void trimSpaces(StringBuilder out) {
		while (!out.isEmpty() && isSpace(out.charAt(out.length() - 1))) {
			out.setLength(out.length() - 1);
		}
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u00a0' || c == '\t';
	}

	/**
	 * ICU's Traditional-Simplified transliterator, made on first use; one brief at a time uses it.
	 * ICU writes 昇 as 升 everywhere, but Simplified Chinese keeps 昇 in 昇腾 (Huawei's Ascend chips):
	 * that one name is kept, all else is ICU's.
	 */
	private static final class Transliteration {

		private static final String RULES = "昇 } [騰腾] > \\uE000 ; :: Traditional-Simplified ; \\uE000 > 昇 ;";

		private static final Transliterator TO_SIMPLIFIED = Transliterator.createFromRules("Traditional-Simplified-Names",
				RULES, Transliterator.FORWARD);

		static synchronized String toSimplified(String text) {
			return TO_SIMPLIFIED.transliterate(text);
		}

	}

}
