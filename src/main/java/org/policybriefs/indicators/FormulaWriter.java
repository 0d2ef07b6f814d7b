package org.policybriefs.indicators;

import java.util.List;
import java.util.function.Function;

/**
 * Writes a formula tree as text: back in formula syntax for messages, or in words for the
 * methodology section of a brief.
 */
interface FormulaWriter {

	/** Formula syntax, as a catalog author would write it. */
	FormulaWriter SOURCE = new SourceFormulaWriter();

	static FormulaWriter words(Function<String, String> nameOf, Function<String, String> regionNameOf,
			FormulaWords words) {
		return new WordsFormulaWriter(nameOf, regionNameOf, words);
	}

	default String number(double value) {
		return ValueFormatter.plain(value);
	}

	String reference(Reference reference);

	String negate(String operand);

	String binary(Arithmetic operator, String left, String right);

	String call(FormulaFunction function, List<String> arguments);

}
