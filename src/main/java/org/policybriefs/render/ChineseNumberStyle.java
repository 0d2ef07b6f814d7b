package org.policybriefs.render;

import java.math.BigDecimal;
import java.util.Locale;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as a Chinese reader writes them. A value in a unit with a scale ({@code unit.<code>.scale}
 * in the bundle: "CNY bn" is 10⁹ yuan) is multiplied out and written in Chinese scale units by
 * ICU's compact notation: 5.2 (CNY bn) is 52亿元 and 1,000 is 1万亿元, never "5.2 十亿元". A count
 * takes its unit's measure word (家 for firms, 个 for models), written straight after the number;
 * four-digit numbers are not grouped (2000家), larger ones are (20,000).
 */
final class ChineseNumberStyle implements NumberStyle {

	private final UnitWords units;

	private final LocalizedNumberFormatter plain;

	private final LocalizedNumberFormatter scaled;

	ChineseNumberStyle(Locale locale, UnitWords units) {
		this.units = units;
		ULocale icu = ULocale.forLocale(locale);
		this.plain = NumberFormatter.withLocale(icu).grouping(GroupingStrategy.MIN2);
		this.scaled = NumberFormatter.withLocale(icu)
			.notation(Notation.compactShort())
			.grouping(GroupingStrategy.MIN2)
			.precision(Precision.unlimited());
	}

	@Override
	public String number(BigDecimal rounded) {
		int decimals = Math.max(0, rounded.scale());
		return this.plain.precision(Precision.fixedFraction(decimals)).format(rounded).toString();
	}

	@Override
	public Quantity quantity(BigDecimal rounded, String unit) {
		int scale = this.units.scale(unit);
		String label = this.units.label(unit);
		String number = (scale > 0) ? this.scaled.format(rounded.movePointRight(scale)).toString() : number(rounded);
		return new Quantity(number, label, this.units.join(number, unit, label));
	}

}
