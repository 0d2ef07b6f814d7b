package org.policybriefs.indicators;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a formula in words for readers of a brief: indicator names instead of codes, and
 * ×, ÷, −, "minimum of" instead of programmer's symbols.
 */
final class WordsFormulaWriter implements FormulaWriter {

	private final Function<String, String> nameOf;

	private final Function<String, String> regionNameOf;

	WordsFormulaWriter(Function<String, String> nameOf, Function<String, String> regionNameOf) {
		this.nameOf = nameOf;
		this.regionNameOf = regionNameOf;
	}

	@Override
	public String reference(Reference reference) {
		String name = Objects.requireNonNullElse(this.nameOf.apply(reference.indicator()), reference.indicator());
		if (reference.region() == null) {
			return name;
		}
		String region = Objects.requireNonNullElse(this.regionNameOf.apply(reference.region()), reference.region());
		return region + ": " + name;
	}

	@Override
	public String negate(String operand) {
		return "−" + operand;
	}

	@Override
	public String binary(Arithmetic operator, String left, String right) {
		return left + " " + operator.word() + " " + right;
	}

	@Override
	public String call(FormulaFunction function, List<String> arguments) {
		return switch (function) {
			case MIN -> "minimum of (" + String.join(", ", arguments) + ")";
			case MAX -> "maximum of (" + String.join(", ", arguments) + ")";
			case ABS -> "absolute value of (" + arguments.get(0) + ")";
			case ROUND -> "(" + arguments.get(0) + ", rounded to " + decimals(arguments.get(1)) + ")";
		};
	}

	private static String decimals(String count) {
		return switch (count) {
			case "0" -> "a whole number";
			case "1" -> "1 decimal";
			default -> count + " decimals";
		};
	}

}
