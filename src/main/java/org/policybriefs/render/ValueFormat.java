package org.policybriefs.render;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a value as a reader sees it: the qualifier as a sign ("&gt;2.8", "≈0.33", "≥20") and the
 * number in the brief's locale with the catalog's number of decimals.
 */
final class ValueFormat {

	private static final Map<String, String> SIGNS = Map.of("=", "", "~", "≈", ">", ">", ">=", "≥", "<", "<", "<=",
			"≤");

	private final Locale locale;

	ValueFormat(Locale locale) {
		this.locale = locale;
	}

	private static final Map<String, String> PROSE = Map.of("=", "qualifier.eq", "~", "qualifier.approx", ">",
			"qualifier.gt", ">=", "qualifier.ge", "<", "qualifier.lt", "<=", "qualifier.le");

	String number(double value, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** The message key that puts a number into words with its qualifier: "more than 2.8". */
	static String proseKey(String qualifier) {
		return PROSE.getOrDefault(qualifier, "qualifier.eq");
	}

	/** The qualifier sign a formatted value starts with ("&gt;" of "&gt;2.8"), or the empty string. */
	static String signOf(String text) {
		for (String sign : java.util.List.of("≥", "≤", ">", "<", "≈")) {
			if (text.startsWith(sign)) {
				return sign;
			}
		}
		return "";
	}

	static String sign(String qualifier) {
		return (qualifier != null) ? SIGNS.getOrDefault(qualifier, qualifier) : "";
	}

}
