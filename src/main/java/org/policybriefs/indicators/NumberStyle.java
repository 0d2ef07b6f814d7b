package org.policybriefs.indicators;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How one language writes numbers: its digits and grouping, and the scale a unit's values are
 * written in. This is the seam for a language whose units differ from the catalog's, such as
 * Chinese money in 亿元 where the catalog says CNY bn: such a style rescales the value and names
 * the unit it rescaled to; the formatter then rounds in that scale.
 */
public interface NumberStyle {

	/** A number already rounded to the digits it should show, in this language's digits and grouping. */
	String digits(BigDecimal number);

	/** The scale a value of this unit is written in; by default the catalog's own. */
	default Scale scale(String unit, double value, int decimals) {
		return new Scale(unit, value, decimals);
	}

	/** The style of a language: grouped digits as the JDK writes them for the locale. */
	static NumberStyle of(Locale locale) {
		return new GroupedDigits(locale);
	}

	/**
	 * A value in the unit it is written in.
	 *
	 * @param unit the unit code it is now in (the catalog's, or the one a style rescaled it to)
	 * @param value the value in that unit
	 * @param decimals digits after the point in that unit
	 */
	record Scale(String unit, double value, int decimals) {
	}

	/** Digits and grouping as {@link NumberFormat} writes them for a locale ("1,234.5"). */
	final class GroupedDigits implements NumberStyle {

		private final Locale locale;

		GroupedDigits(Locale locale) {
			this.locale = locale;
		}

		@Override
		public String digits(BigDecimal number) {
			NumberFormat format = NumberFormat.getNumberInstance(this.locale);
			format.setMinimumFractionDigits(0);
			format.setMaximumFractionDigits(Math.max(0, number.scale()));
			return format.format(number);
		}

	}

}
