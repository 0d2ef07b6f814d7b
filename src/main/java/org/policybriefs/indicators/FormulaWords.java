package org.policybriefs.indicators;

/**
 * The words a formula is written in for readers, in one language: the functions, rounding and
 * another region's figure. Operators are written as signs (×, ÷, +, −), which every language reads.
 */
public interface FormulaWords {

	/** English, the words of formulas in messages and logs. */
	FormulaWords ENGLISH = new FormulaWords() {

		@Override
		public String minimum(String arguments) {
			return "minimum of (" + arguments + ")";
		}

		@Override
		public String maximum(String arguments) {
			return "maximum of (" + arguments + ")";
		}

		@Override
		public String absolute(String argument) {
			return "absolute value of (" + argument + ")";
		}

		@Override
		public String rounded(String argument, String decimals) {
			String places = switch (decimals) {
				case "0" -> "a whole number";
				case "1" -> "1 decimal";
				default -> decimals + " decimals";
			};
			return "(" + argument + ", rounded to " + places + ")";
		}

		@Override
		public String regionFigure(String region, String indicator) {
			return region + ": " + indicator;
		}

		@Override
		public String separator() {
			return ", ";
		}

	};

	/** The smallest of arguments already joined by {@link #separator()}. */
	String minimum(String arguments);

	/** The largest of arguments already joined by {@link #separator()}. */
	String maximum(String arguments);

	String absolute(String argument);

	/** An argument rounded to a number of decimals (a count, as written in the formula). */
	String rounded(String argument, String decimals);

	/** Another region's figure: "Guizhou: Special electricity tariff". */
	String regionFigure(String region, String indicator);

	/** Between a function's arguments. */
	String separator();

}
