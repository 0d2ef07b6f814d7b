package org.policybriefs.render;

import java.math.BigDecimal;
import java.util.Locale;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as an English (or other Western) reader writes them: the locale's digits and grouping
 * (2,000), the unit's label after a no-break space (2.8 EFLOPS) or straight after the number for
 * %, × and °C, or the unit's own pattern (CNY 5.2 bn).
 */
final class WesternNumberStyle implements NumberStyle {

	private final UnitWords units;

	private final LocalizedNumberFormatter plain;

	WesternNumberStyle(Locale locale, UnitWords units) {
		this.units = units;
		this.plain = NumberFormatter.withLocale(ULocale.forLocale(locale));
	}

	@Override
	public String number(BigDecimal rounded) {
		int decimals = Math.max(0, rounded.scale());
		return this.plain.precision(Precision.fixedFraction(decimals)).format(rounded).toString();
	}

	@Override
	public Quantity quantity(BigDecimal rounded, String unit) {
		String number = number(rounded);
		String label = this.units.label(unit);
		return new Quantity(number, label, this.units.join(number, unit, label));
	}

}
