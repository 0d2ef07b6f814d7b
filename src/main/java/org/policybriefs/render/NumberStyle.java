package org.policybriefs.render;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * How one locale writes a number that is already rounded, with its unit: the per-locale number
 * strategy of the value formatter. The formatter decides the digits (decimals, outward rounding
 * of bounds); a style only writes them, in the locale's way, and names the unit in the locale's
 * words. The words come from the message bundle ({@code unit.<code>}, see
 * {@link UnitWords}), so an analyst adds a unit without a rebuild.
 */
interface NumberStyle {

	/** The value with its unit as the reader sees it: "52亿元", "2000家", "2.8 EFLOPS", "2,000 firms". */
	Quantity quantity(BigDecimal rounded, String unit);

	/** The number alone, without a unit: exactly the digits of {@code rounded}, grouped as the locale groups them. */
	String number(BigDecimal rounded);

	/** The style of a brief's locale: Chinese scale units and measure words for Chinese, digits and unit labels otherwise. */
	static NumberStyle of(Locale locale, Function<String, String> messages) {
		UnitWords units = new UnitWords(messages);
		return "zh".equals(locale.getLanguage()) ? new ChineseNumberStyle(locale, units)
				: new WesternNumberStyle(locale, units);
	}

	/**
	 * A number with its unit, apart and together: {@code number} and {@code unit} for a table
	 * with a unit column, {@code text} where they stand together (never split across lines: the
	 * space between them, if any, is a no-break space).
	 */
	record Quantity(String number, String unit, String text) {
	}

}
