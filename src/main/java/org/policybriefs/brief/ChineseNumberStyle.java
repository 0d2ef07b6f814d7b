package org.policybriefs.brief;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.policybriefs.indicators.NumberStyle;

/**
 * Numbers as a Chinese reader writes them, with ICU4J. Money in a unit with a scale
 * ({@code unit.<code>.scale} in the bundle: "CNY bn" is 10⁹ yuan) is rescaled to the Chinese scale
 * unit ICU's compact notation picks for it (万, 亿, 万亿), and the unit becomes that word with the
 * currency's: 5.2 (CNY bn) is 52 亿元, 1,200 is 1.2 万亿元, never "5.2 十亿元". Four-digit numbers are
 * not grouped (2000家), larger ones are (20,000).
 */
final class ChineseNumberStyle implements NumberStyle {

	private final UnitWords units;

	private final LocalizedNumberFormatter digits;

	private final LocalizedNumberFormatter compact;

	ChineseNumberStyle(Locale locale, UnitWords units) {
		this.units = units;
		ULocale icu = ULocale.forLocale(locale);
		this.digits = NumberFormatter.withLocale(icu).grouping(GroupingStrategy.MIN2);
		this.compact = NumberFormatter.withLocale(icu)
			.notation(Notation.compactShort())
			.grouping(GroupingStrategy.OFF)
			.precision(Precision.unlimited());
	}

	@Override
	public String digits(BigDecimal number) {
		BigDecimal shown = number.stripTrailingZeros();
		int decimals = Math.max(0, Math.min(number.scale(), shown.scale()));
		return this.digits.precision(Precision.fixedFraction(decimals)).format(number).toString();
	}

	@Override
	public Scale scale(String unit, double value, int decimals) {
		int power = this.units.scale(unit);
		if (power == 0 || value == 0 || !Double.isFinite(value)) {
			return new Scale(unit, value, decimals);
		}
		BigDecimal base = new BigDecimal(Double.toString(value)).movePointRight(power);
		FormattedNumber formatted = this.compact.format(base.abs());
		String text = formatted.toString();
		ConstrainedFieldPosition field = new ConstrainedFieldPosition();
		field.constrainField(NumberFormat.Field.COMPACT);
		if (!formatted.nextPosition(field)) {
			// below 万: plain yuan
			return new Scale(this.units.label(unit), base.doubleValue(), decimals - power);
		}
		String word = text.substring(field.getStart(), field.getLimit());
		BigDecimal shown = new BigDecimal(text.substring(0, field.getStart()));
		int magnitude = magnitude(base.abs()) - magnitude(shown);
		BigDecimal scaled = base.movePointLeft(magnitude).round(MathContext.DECIMAL64);
		return new Scale(word + this.units.label(unit), scaled.doubleValue(), decimals + magnitude - power);
	}

	/** The power of ten of a positive number's leading digit: 5.2E+9 is 9. */
	private static int magnitude(BigDecimal number) {
		return number.precision() - number.scale() - 1;
	}

}
