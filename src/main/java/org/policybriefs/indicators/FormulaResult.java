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

	/**
	 * A computed value, the operands it was computed from, the union of their sources, the
	 * narrowest of their scopes ({@link Scope#narrowest}) and whether any of their periods was assumed.
	 */
	record Value(double value, Qualifier qualifier, List<Operand> inputs, Set<String> sources, Scope scope,
			String periodBasis) implements FormulaResult {

		public Value {
			Objects.requireNonNull(qualifier, "qualifier");
			inputs = List.copyOf(inputs);
			sources = Collections.unmodifiableSet(new LinkedHashSet<>(sources));
			scope = (scope != null) ? scope : Scope.WHOLE_REGION;
			periodBasis = (periodBasis != null) ? periodBasis : Operand.STATED;
		}

		public Value(double value, Qualifier qualifier, List<Operand> inputs, Set<String> sources) {
			this(value, qualifier, inputs, sources, Scope.WHOLE_REGION, Operand.STATED);
		}

	}

	/** No value, with the reason as data: the brief words it. */
	record Missing(MissingReason reason) implements FormulaResult {

		public Missing {
			Objects.requireNonNull(reason, "reason");
		}

	}

}
