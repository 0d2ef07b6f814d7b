package org.policybriefs.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way values are written: for people, in a language's digits with the qualifier as a
 * sign ("&gt;2.8", "≈0.333") and bounds rounded outward, so that a printed bound never claims more
 * than the source (less than 38.33 is "&lt;39", or "≤38" for a count); and for machines
 * ({@link #plain(double)}), as the shortest exact decimal.
 */
public final class ValueFormatter {

	/** The unit of whole-number counts ("12 centres"): a count's bounds are whole numbers too. */
	public static final String COUNT = "count";

	private final NumberStyle style;

	public ValueFormatter(Locale locale) {
		this(NumberStyle.of(locale));
	}

	public ValueFormatter(NumberStyle style) {
		this.style = style;
	}

	/** Shortest exact decimal, no exponent, no grouping, no trailing zeros: for files and lineage. */
	public static String plain(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.scale() < 0) ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
	}

	/** A plain number for people, rounded half-up to at most {@code decimals} digits after the point. */
	public String number(double value, int decimals) {
		return this.style.digits(round(value, decimals, RoundingMode.HALF_UP));
	}

	/**
	 * A value as a brief states it: its qualifier as a sign, the number in the unit's scale with
	 * at most {@code decimals} digits; an upper bound rounded up and a lower bound down, and a
	 * count's bound made a whole number (less than 38.33 firms is at most 38).
	 */
	public Shown value(double value, Qualifier qualifier, int decimals, String unit) {
		NumberStyle.Scale scale = this.style.scale(unit, value, decimals);
		double scaled = scale.value();
		int digits = Math.max(0, scale.decimals());
		Qualifier shown = (qualifier != null) ? qualifier : Qualifier.EXACT;
		BigDecimal rounded;
		if (COUNT.equals(unit) && (shown.isLowerBound() || shown.isUpperBound())) {
			boolean whole = scaled == Math.rint(scaled);
			if (!whole) {
				// "less than 38.33" of a count is "at most 38"; "more than 20.5" is "at least 21"
				shown = shown.isUpperBound() ? Qualifier.AT_MOST : Qualifier.AT_LEAST;
			}
			rounded = round(scaled, 0, shown.isUpperBound() ? RoundingMode.FLOOR : RoundingMode.CEILING);
		}
		else if (shown.isUpperBound()) {
			rounded = round(scaled, digits, RoundingMode.CEILING);
		}
		else if (shown.isLowerBound()) {
			rounded = round(scaled, digits, RoundingMode.FLOOR);
		}
		else {
			rounded = round(scaled, COUNT.equals(unit) ? 0 : digits, RoundingMode.HALF_UP);
		}
		return new Shown(shown, sign(shown), this.style.digits(rounded), scale.unit(), rounded);
	}

	/** A value written in the style of its qualifier: "≈1.05". */
	public Shown value(double value, String qualifier, int decimals, String unit) {
		return value(value, (qualifier != null) ? Qualifier.fromSymbol(qualifier).orElse(Qualifier.EXACT) : null,
				decimals, unit);
	}

	/** The sign a qualifier is printed as: "&gt;", "≥", "&lt;", "≤", "≈", or nothing when exact. */
	public static String sign(Qualifier qualifier) {
		return switch (qualifier) {
			case EXACT -> "";
			case APPROXIMATE -> "≈";
			case GREATER_THAN -> ">";
			case AT_LEAST -> "≥";
			case LESS_THAN -> "<";
			case AT_MOST -> "≤";
		};
	}

	private static BigDecimal round(double value, int decimals, RoundingMode mode) {
		// through the shortest decimal of the double: 2.85 rounds half-up to 2.9, not down from 2.8499…
		BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(decimals, mode);
		return (rounded.signum() == 0) ? rounded.abs() : rounded;
	}

	/**
	 * A value as written.
	 *
	 * @param qualifier what the printed number says of the true value (a count's bound may tighten
	 * "&lt;" to "≤" when it becomes a whole number)
	 * @param sign the qualifier's sign
	 * @param number the number in the language's digits
	 * @param unit the unit the number is in (the catalog's, unless the language's style rescaled it)
	 * @param rounded the printed number as a decimal
	 */
	public record Shown(Qualifier qualifier, String sign, String number, String unit, BigDecimal rounded) {

		/** Sign and number: "&gt;2.8". */
		public String text() {
			return this.sign + this.number;
		}

	}

}
