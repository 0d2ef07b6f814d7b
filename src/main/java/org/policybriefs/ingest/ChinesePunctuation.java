package org.policybriefs.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds half-width {@code , ; : ( )} next to Chinese characters in the Chinese columns
 * ({@code *_zh}) of a row: Chinese text takes the full-width forms {@code ，；：（）}. A warning,
 * not a rejection: the figure is still right, only its typesetting is not.
 */
final class ChinesePunctuation {

	private static final String HALF_WIDTH = ",;:()";

	private static final String FULL_WIDTH = "，；：（）";

	private ChinesePunctuation() {
	}

	/**
	 * One message per offending character in the row's fields of these columns:
	 * {@code regions.csv:3: column constraint_zh: …}. A file's known Chinese columns, listed once for
	 * the file, spare each row a look at every field's name.
	 */
	static List<String> warnings(CsvRow row, Collection<String> columns) {
		List<String> warnings = List.of();
		for (String column : columns) {
			String text = row.values().get(column);
			if (text == null || !isChineseColumn(column)) {
				continue;
			}
			for (int i = 0; i < text.length(); i++) {
				int at = HALF_WIDTH.indexOf(text.charAt(i));
				if (at >= 0 && besideChinese(text, i)) {
					warnings = warnings.isEmpty() ? new ArrayList<>() : warnings;
					warnings.add(row.file() + ":" + row.line() + ": column " + column + ": half-width '" + text.charAt(i)
							+ "' in Chinese text (…" + around(text, i) + "…); write the full-width '" + FULL_WIDTH.charAt(at)
							+ "'");
				}
			}
		}
		return warnings;
	}

	static boolean isChineseColumn(String column) {
		return column.endsWith("_zh");
	}

	/** Whether the nearest non-space character on either side is Chinese (a Han character or CJK punctuation). */
	static boolean besideChinese(String text, int at) {
		int before = at - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		int after = at + 1;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		return (before >= 0 && isChinese(text.codePointBefore(before + 1)))
				|| (after < text.length() && isChinese(text.codePointAt(after)));
	}

	static boolean isChinese(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61);
	}

	private static String around(String text, int at) {
		int from = text.offsetByCodePoints(at, -Math.min(4, text.codePointCount(0, at)));
		int to = text.offsetByCodePoints(at + 1, Math.min(4, text.codePointCount(at + 1, text.length())));
		return text.substring(from, to);
	}

}
