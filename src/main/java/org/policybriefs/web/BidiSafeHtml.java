package org.policybriefs.web;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.HTMLOutputFormat;

/**
 * HTML escaping for the pages that also neutralises the Unicode controls that reorder text
 * (U+202A–U+202E, U+2066–U+2069): a value from an input file or a request can then not make a
 * page read differently from what it holds ("Trojan source"). Each is shown as {@code [U+202E]}.
 */
final class BidiSafeHtml extends HTMLOutputFormat {

	static final BidiSafeHtml INSTANCE = new BidiSafeHtml();

	private BidiSafeHtml() {
	}

	@Override
	public String escapePlainText(String plainTextContent) {
		return neutralised(super.escapePlainText(plainTextContent));
	}

	@Override
	public void output(String textToEsc, Writer out) throws IOException {
		out.write(escapePlainText(textToEsc));
	}

	static String neutralised(String text) {
		StringBuilder result = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
			if (control && result == null) {
				result = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (result != null) {
				if (control) {
					result.append("[U+").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(']');
				}
				else {
					result.append(c);
				}
			}
		}
		return (result != null) ? result.toString() : text;
	}

}
