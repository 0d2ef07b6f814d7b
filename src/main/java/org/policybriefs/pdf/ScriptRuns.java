package org.policybriefs.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of Chinese (CJK) and other text. Flying Saucer draws a run with one font
 * and silently drops the characters that font lacks, so Chinese inside English text must be set
 * apart and given the CJK font. Digits, spaces and punctuation join the run around them when it
 * continues on both sides, so "已達12個" stays one run. A Chinese name in parentheses in other text
 * ("NetEase Hao (網易號)") takes its parentheses into its run, so that the line breaker sees the
 * label whole and keeps it on one line.
 */
final class ScriptRuns {

	private ScriptRuns() {
	}

	/** A stretch of text in one script class. */
	record Run(String text, boolean cjk) {
	}

	static List<Run> split(String text) {
		List<Run> runs = new ArrayList<>();
		int start = 0;
		Boolean current = null;
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			Boolean kind = classify(codePoint);
			if (kind == null) {
				kind = (current != null && current && continuesCjk(text, i)) ? Boolean.TRUE
						: (current == null ? null : Boolean.FALSE);
			}
			if (kind != null && current != null && !kind.equals(current)) {
				runs.add(new Run(text.substring(start, i), current));
				start = i;
			}
			if (kind != null) {
				current = kind;
			}
			i += Character.charCount(codePoint);
		}
		if (start < text.length()) {
			runs.add(new Run(text.substring(start), current != null && current));
		}
		return withParentheses(runs);
	}

	/** Moves the parentheses around a Chinese run, "(網易號)", from the runs beside it into it. */
	private static List<Run> withParentheses(List<Run> runs) {
		for (int i = 1; i + 1 < runs.size(); i++) {
			Run before = runs.get(i - 1);
			Run run = runs.get(i);
			Run after = runs.get(i + 1);
			if (run.cjk() && !before.cjk() && !after.cjk() && before.text().endsWith("(") && after.text().startsWith(")")) {
				runs.set(i - 1, new Run(before.text().substring(0, before.text().length() - 1), false));
				runs.set(i, new Run("(" + run.text() + ")", true));
				runs.set(i + 1, new Run(after.text().substring(1), false));
			}
		}
		return runs.stream().filter((run) -> !run.text().isEmpty()).toList();
	}

	static boolean containsCjk(String text) {
		return text.codePoints().anyMatch((codePoint) -> Boolean.TRUE.equals(classify(codePoint)));
	}

	/** Whether the text's first character is Chinese (or another CJK script, or CJK punctuation). */
	static boolean startsWithCjk(String text) {
		return !text.isEmpty() && Boolean.TRUE.equals(classify(text.codePointAt(0)));
	}

	/** Whether the character is Chinese (or another CJK script, or CJK punctuation). */
	static boolean isCjk(int codePoint) {
		return Boolean.TRUE.equals(classify(codePoint));
	}

	/** True for CJK, false for letters of other scripts, null for neutral characters. */
	private static Boolean classify(int codePoint) {
		// most characters of a brief are ASCII: Latin letters, or neutral (digits, spaces, punctuation)
		if (codePoint < 0x80) {
			return ((codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z') ? Boolean.FALSE : null;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		switch (script) {
			case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
				return true;
			}
			case COMMON, INHERITED -> {
				Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
				if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
						|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
						|| block == Character.UnicodeBlock.CJK_COMPATIBILITY
						|| block == Character.UnicodeBlock.VERTICAL_FORMS) {
					return true;
				}
				return null;
			}
			default -> {
				return false;
			}
		}
	}

	/** Whether the neutral stretch starting at index is followed by CJK (so it belongs to the CJK run). */
	private static boolean continuesCjk(String text, int index) {
		for (int i = index; i < text.length();) {
			int codePoint = text.codePointAt(i);
			Boolean kind = classify(codePoint);
			if (kind != null) {
				return kind;
			}
			i += Character.charCount(codePoint);
		}
		return false;
	}

}
