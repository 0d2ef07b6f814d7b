package org.policybriefs.indicators;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of evaluating a formula: a qualified value with its inputs, or the reason there is
 * none.
 */
public sealed interface FormulaResult permits FormulaResult.Value, FormulaResult.Missing {

	/** A computed value, the operands it was computed from, and the union of their sources. */
	record Value(double value, Qualifier qualifier, List<Operand> inputs,
			Set<String> sources) implements FormulaResult {

		public Value {
			Objects.requireNonNull(qualifier, "qualifier");
			inputs = List.copyOf(inputs);
			sources = Collections.unmodifiableSet(new LinkedHashSet<>(sources));
		}

	}

	/** No value, with a reason a reader of the brief can act on. */
	record Missing(String reason) implements FormulaResult {

		public Missing {
			Objects.requireNonNull(reason, "reason");
		}

	}

}
