package org.policybriefs.commentary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.ValueFormatter;

/**
 * A value as commentary was written against it: its period, qualifier, number and unit, written
 * in files as {@code 2024 >2.8 EFLOPS} (period, qualifier symbol and plain number, unit). Two
 * bound values are the same value when all four are equal.
 */
public record BoundValue(String period, String qualifier, String number, String unit) {

	private static final Pattern TEXT = Pattern.compile("(\\S{1,40}) (>=|<=|>|<|~|=)(-?[0-9]{1,40}(?:\\.[0-9]{1,40})?)(?: (\\S.{0,60}))?");

	public BoundValue {
		unit = (unit != null) ? unit : "";
	}

	static BoundValue of(IndicatorValue value, String unit) {
		String qualifier = Qualifier.fromSymbol(value.qualifier()).map(Qualifier::symbol).orElse("=");
		return new BoundValue(value.period(), qualifier, ValueFormatter.plain(value.value()), unit);
	}

	/**
	 * Reads the form {@link #text()} writes.
	 *
	 * @throws CommentaryException naming the file and line when it is not that form
	 */
	static BoundValue parse(String text, String where, int line) {
		Matcher matcher = TEXT.matcher(text);
		if (!matcher.matches()) {
			throw new CommentaryException(where, line, "'" + text + "' is not a value as this tool writes it"
					+ " (PERIOD QUALIFIER-NUMBER UNIT, as '2024 >2.8 EFLOPS'); the file was edited or damaged");
		}
		return new BoundValue(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
	}

	/** The form of the files: {@code 2024 >2.8 EFLOPS}. */
	public String text() {
		return this.period + " " + this.qualifier + this.number + (this.unit.isEmpty() ? "" : " " + this.unit);
	}

	/** The number with its qualifier and unit, for an operator: {@code >2.8 EFLOPS}. */
	public String quantity() {
		return ("=".equals(this.qualifier) ? "" : this.qualifier) + this.number + (this.unit.isEmpty() ? "" : " " + this.unit);
	}

	public double value() {
		return Double.parseDouble(this.number);
	}

}
