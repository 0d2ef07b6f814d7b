package org.policybriefs.indicators;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a formula in words for readers of a brief: indicator names instead of codes, and
 * ×, ÷, −, "minimum of" instead of programmer's symbols, in the words of the brief's language.
 */
final class WordsFormulaWriter implements FormulaWriter {

	private final Function<String, String> nameOf;

	private final Function<String, String> regionNameOf;

	private final FormulaWords words;

	WordsFormulaWriter(Function<String, String> nameOf, Function<String, String> regionNameOf, FormulaWords words) {
		this.nameOf = nameOf;
		this.regionNameOf = regionNameOf;
		this.words = words;
	}

	@Override
	public String reference(Reference reference) {
		String name = Objects.requireNonNullElse(this.nameOf.apply(reference.indicator()), reference.indicator());
		if (reference.region() == null) {
			return name;
		}
		String region = Objects.requireNonNullElse(this.regionNameOf.apply(reference.region()), reference.region());
		return this.words.regionFigure(region, name);
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
		String joined = String.join(this.words.separator(), arguments);
		return switch (function) {
			case MIN -> this.words.minimum(joined);
			case MAX -> this.words.maximum(joined);
			case ABS -> this.words.absolute(joined);
			case ROUND -> this.words.rounded(arguments.get(0), arguments.get(1));
		};
	}

}
