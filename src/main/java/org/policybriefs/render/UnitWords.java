package org.policybriefs.render;

import java.util.Set;
import java.util.function.Function;

/**
 * The words of a unit in one locale, from the message bundle: {@code unit.<code>} is its label
 * (the unit column, and after a number), {@code unit.<code>.scale} the power of ten a value in
 * that unit is multiplied by before a Chinese number is written in scale units (9 for "CNY bn":
 * 5.2 is 52亿), and {@code unit.<code>.pattern} how a number and the unit read together where
 * that is not "number, unit" ({@code CNY {0} bn}). A unit without a label is shown by its code.
 */
final class UnitWords {

	/** Units written straight after the number, without a space: "30%", "3×", "15°C". */
	private static final Set<String> CLOSE = Set.of("%", "‰", "×", "°", "°C");

	private final Function<String, String> messages;

	UnitWords(Function<String, String> messages) {
		this.messages = messages;
	}

	String label(String unit) {
		if (unit == null || unit.isEmpty()) {
			return "";
		}
		String label = this.messages.apply("unit." + unit);
		return (label != null) ? label : unit;
	}

	/** The power of ten to rescale by before writing in scale units; 0 for a unit that is not rescaled. */
	int scale(String unit) {
		String scale = (unit != null) ? this.messages.apply("unit." + unit + ".scale") : null;
		if (scale == null || scale.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(scale.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("unit." + unit + ".scale must be a whole power of ten such as 9, not '"
					+ scale + "'; correct it in templates/messages", ex);
		}
	}

	/** The number and the unit's label together, as the locale sets them. */
	String join(String number, String unit, String label) {
		String pattern = (unit != null) ? this.messages.apply("unit." + unit + ".pattern") : null;
		if (pattern != null) {
			return pattern.replace("{0}", number);
		}
		if (label.isEmpty()) {
			return number;
		}
		boolean close = CLOSE.contains(label) || ScriptRuns.startsWithCjk(label);
		return number + (close ? "" : "\u00a0") + label;
	}

}
