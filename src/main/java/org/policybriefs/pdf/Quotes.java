package org.policybriefs.pdf;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Curly quotation marks, nested so that a quotation inside a quotation never uses the marks
 * around it: “…‘…’…”. Straight marks (" and ') become curly ones, opening or closing by where they
 * stand; an apostrophe between letters (Guizhou’s) stays an apostrophe.
 */
final class Quotes {

	private static final char OPEN_DOUBLE = '“';

	private static final char CLOSE_DOUBLE = '”';

	private static final char OPEN_SINGLE = '‘';

	private static final char CLOSE_SINGLE = '’';

	private Quotes() {
	}

	/**
	 * The text with its quotation marks curled and nested. With {@code doubleOutside}, the
	 * outermost level is always “…” (Chinese usage); otherwise it keeps the kind the text gives it.
	 */
	static String nest(String text, boolean doubleOutside) {
		if (!hasQuote(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		// One entry per open level: whether that level is drawn with double marks, and whether it was opened by a double mark.
		Deque<boolean[]> levels = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean opening;
			boolean doubleMark;
			if (c == OPEN_DOUBLE || c == OPEN_SINGLE) {
				opening = true;
				doubleMark = c == OPEN_DOUBLE;
			}
			else if (c == CLOSE_DOUBLE) {
				opening = false;
				doubleMark = true;
			}
			else if (c == CLOSE_SINGLE || c == '\'') {
				if (isApostrophe(text, i, levels)) {
					out.append(CLOSE_SINGLE);
					continue;
				}
				opening = (c == '\'') && opensHere(text, i);
				doubleMark = false;
			}
			else if (c == '"') {
				// A straight double mark closes the level a double mark opened, else it opens one.
				opening = levels.isEmpty() || !levels.peek()[1];
				doubleMark = true;
			}
			else {
				out.append(c);
				continue;
			}
			if (opening) {
				boolean drawDouble = levels.isEmpty() ? (doubleOutside || doubleMark) : !levels.peek()[0];
				levels.push(new boolean[] { drawDouble, doubleMark });
				out.append(drawDouble ? OPEN_DOUBLE : OPEN_SINGLE);
			}
			else if (!levels.isEmpty()) {
				out.append(levels.pop()[0] ? CLOSE_DOUBLE : CLOSE_SINGLE);
			}
			else {
				// A closing mark without its opening one (the quotation began in another element): kept as it is, curled.
				out.append(doubleMark ? CLOSE_DOUBLE : CLOSE_SINGLE);
			}
		}
		return out.toString();
	}

	private static boolean hasQuote(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\'' || c == OPEN_DOUBLE || c == CLOSE_DOUBLE || c == OPEN_SINGLE || c == CLOSE_SINGLE) {
				return true;
			}
		}
		return false;
	}

	/** A single mark between two letters of a Latin word, or after one with no single quotation open. */
	private static boolean isApostrophe(String text, int i, Deque<boolean[]> levels) {
		boolean letterBefore = i > 0 && isLatinLetter(text.charAt(i - 1));
		boolean letterAfter = i + 1 < text.length() && isLatinLetter(text.charAt(i + 1));
		boolean singleOpen = levels.stream().anyMatch((level) -> !level[1]);
		return letterBefore && (letterAfter || !singleOpen);
	}

	/** A straight mark opens at the start, after a space, an opening bracket or dash, or another opening mark. */
	private static boolean opensHere(String text, int i) {
		if (i == 0) {
			return true;
		}
		char before = text.charAt(i - 1);
		return Character.isWhitespace(before) || "([{<—–-/".indexOf(before) >= 0 || before == OPEN_DOUBLE
				|| before == OPEN_SINGLE || ScriptRuns.isCjk(before);
	}

	private static boolean isLatinLetter(char c) {
		return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
	}

}
