package org.policybriefs.indicators;

import java.util.List;

/**
 * Writes a formula back in formula syntax, for messages that quote part of it.
 */
final class SourceFormulaWriter implements FormulaWriter {

	@Override
	public String reference(Reference reference) {
		return reference.text();
	}

	@Override
	public String negate(String operand) {
		return "-" + operand;
	}

	@Override
	public String binary(Arithmetic operator, String left, String right) {
		return left + " " + operator.symbol() + " " + right;
	}

	@Override
	public String call(FormulaFunction function, List<String> arguments) {
		return function.functionName() + "(" + String.join(", ", arguments) + ")";
	}

}
