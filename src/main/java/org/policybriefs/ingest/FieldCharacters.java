package org.policybriefs.ingest;

import java.util.Locale;

/**
 * Characters a field may not hold: control characters (BEL, ESC, NUL, a tab, a carriage return
 * that does not end a line inside a quoted field) and invisible format characters (zero-width
 * spaces and joiners, bidirectional controls, a byte-order mark inside the text, line and
 * paragraph separators). They cannot be printed, break the XHTML of a brief, or draw as stray
 * marks, and they usually come from copying text out of another program. A line break inside a
 * quoted field is allowed.
 */
final class FieldCharacters {

	/** The most characters of a rejected value that a report shows. */
	private static final int SHOWN = 200;

	private FieldCharacters() {
	}

	/** Why the value cannot be loaded, naming the first unwanted character and where it is; {@code null} when it can. */
	static String unwanted(String value) {
		// Most fields are printable ASCII, which holds none of these characters: skip it a char at a
		// time (every field of a million-row file passes here) and look closer from the first other one.
		int start = 0;
		while (start < value.length() && value.charAt(start) >= ' ' && value.charAt(start) < 0x7F) {
			start++;
		}
		for (int i = start; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
			int c = value.codePointAt(i);
			if (c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n')) {
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.CONTROL) {
				return "a control character, " + describe(c) + ", at character " + (value.codePointCount(0, i) + 1)
						+ "; remove it (it cannot be printed, and often comes with text copied from another program)";
			}
			if (type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return "an invisible formatting character, " + describe(c) + ", at character "
						+ (value.codePointCount(0, i) + 1) + "; remove it (it would draw as a stray mark or reorder"
						+ " the text)";
			}
		}
		return null;
	}

	/** Whether the value has decimal digits other than 0-9, such as full-width ０１２ or Arabic-Indic ١٢. */
	static boolean hasOtherDigits(String value) {
		return value.codePoints().anyMatch((c) -> Character.isDigit(c) && (c < '0' || c > '9'));
	}

	/** The value with every unwanted character written as its code point, so that a report shows it. */
	static String visible(String value) {
		StringBuilder shown = new StringBuilder();
		value.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			if ((type == Character.CONTROL && c != '\n') || type == Character.FORMAT
					|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
				shown.append(String.format(Locale.ROOT, "<U+%04X>", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return (shown.length() > SHOWN) ? shown.substring(0, SHOWN) + "…" : shown.toString();
	}

	private static String describe(int c) {
		String name = Character.getName(c);
		return String.format(Locale.ROOT, "U+%04X", c) + ((name != null) ? " " + name : "");
	}

}
