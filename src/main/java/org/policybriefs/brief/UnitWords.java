package org.policybriefs.brief;

import java.util.Set;
import java.util.function.Function;

/**
 * The words of a unit in one language, from the message bundle: {@code unit.<code>} is its label
 * (the unit column, and after a number: 个, 家, EFLOPS), and for money that Chinese writes in scale
 * units {@code unit.<code>.scale}, the power of ten one unit stands for (9 for "CNY bn"), with the
 * label then naming the currency alone (元). A unit without a label is shown by its code.
 */
final class UnitWords {

	/** Units written straight after the number, without a space: "30%", "3×", "15°C". */
	private static final Set<String> CLOSE = Set.of("%", "‰", "×", "°", "°C");

	private final Function<String, String> messages;

	/** @param messages a message of the bundle by key, or null when it has none */
	UnitWords(Function<String, String> messages) {
		this.messages = messages;
	}

	/** The label of a unit code, or the code itself. */
	String label(String unit) {
		if (unit == null || unit.isEmpty()) {
			return "";
		}
		String label = this.messages.apply("unit." + unit);
		return (label != null) ? label : unit;
	}

	/** The power of ten one of this unit stands for in scale units; 0 for a unit that is not rescaled. */
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

	/**
	 * A number and a unit's label as they stand together, never to be split across lines: Chinese
	 * words and %, ×, °C straight after the number ("52亿元", "2000家", "30%"), others after a
	 * no-break space ("2.8 EFLOPS").
	 */
	static String join(String number, String label) {
		if (label == null || label.isEmpty()) {
			return number;
		}
		boolean close = CLOSE.contains(label)
				|| Character.UnicodeScript.of(label.codePointAt(0)) == Character.UnicodeScript.HAN;
		return number + (close ? "" : "\u00a0") + label;
	}

}
