package org.policybriefs.indicators;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One evaluation of a formula for a region and period: looks up operands once each, remembers them
 * as lineage, and turns the first gap (missing data, division by zero) into a {@link FormulaResult.Missing}.
 */
final class Evaluation {

	private final String region;

	private final String period;

	private final Lookup lookup;

	private final Map<Reference, Operand> operands = new LinkedHashMap<>();

	Evaluation(String region, String period, Lookup lookup) {
		this.region = region;
		this.period = period;
		this.lookup = lookup;
	}

	FormulaResult run(Node formula) {
		try {
			Term result = formula.evaluate(this);
			List<Operand> inputs = List.copyOf(new LinkedHashSet<>(this.operands.values()));
			Set<String> sources = new TreeSet<>();
			inputs.forEach((input) -> sources.addAll(input.sources()));
			Scope scope = Scope.narrowest(inputs.stream().map(Operand::scope).toList());
			String basis = inputs.stream().anyMatch((input) -> Operand.ASSUMED.equals(input.periodBasis()))
					? Operand.ASSUMED : Operand.STATED;
			return new FormulaResult.Value(result.value(), result.qualifier(), inputs, sources, scope, basis);
		}
		catch (Unavailable ex) {
			return new FormulaResult.Missing(ex.reason);
		}
	}

	Term valueOf(Reference reference) {
		Operand operand = this.operands.get(reference);
		if (operand == null) {
			String region = (reference.region() != null) ? reference.region() : this.region;
			operand = this.lookup.find(region, reference.indicator(), this.period)
				.orElseThrow(() -> missing(MissingReason.Kind.NO_DATA, reference.text()));
			this.operands.put(reference, operand);
		}
		if (!Double.isFinite(operand.value())) {
			throw missing(MissingReason.Kind.NOT_FINITE, reference.text());
		}
		return new Term(operand.value(), operand.qualifier());
	}

	/** Infinity or NaN would print as a number in a brief, so it counts as no value at all. */
	Term finite(Term term, Node node) {
		if (!Double.isFinite(term.value())) {
			throw missing(MissingReason.Kind.NOT_FINITE, node.write(FormulaWriter.SOURCE));
		}
		return term;
	}

	RuntimeException missing(MissingReason.Kind kind, String input) {
		return new Unavailable(new MissingReason(kind, input, this.period));
	}

	/** Ends the evaluation early; the reason becomes the result, so no stack trace is needed. */
	private static final class Unavailable extends RuntimeException {

		private final MissingReason reason;

		Unavailable(MissingReason reason) {
			super(reason.describe(), null, false, false);
			this.reason = reason;
		}

	}

}
