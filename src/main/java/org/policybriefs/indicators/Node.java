package org.policybriefs.indicators;

import java.util.List;
import java.util.Set;

/**
 * The checked syntax tree of a formula. It is built from the SpEL tree but evaluated here, so that
 * nothing in a formula is ever executed by SpEL or reflection.
 */
sealed interface Node permits Node.Constant, Node.Ref, Node.Negate, Node.Binary, Node.Call, Node.Group {

	Term evaluate(Evaluation evaluation);

	String write(FormulaWriter writer);

	/** Adds the references of this node to {@code references}, in order of appearance. */
	void collect(Set<Reference> references);

	record Constant(double value) implements Node {

		@Override
		public Term evaluate(Evaluation evaluation) {
			return Term.exact(this.value);
		}

		@Override
		public String write(FormulaWriter writer) {
			return writer.number(this.value);
		}

		@Override
		public void collect(Set<Reference> references) {
		}

	}

	record Ref(Reference reference) implements Node {

		@Override
		public Term evaluate(Evaluation evaluation) {
			return evaluation.valueOf(this.reference);
		}

		@Override
		public String write(FormulaWriter writer) {
			return writer.reference(this.reference);
		}

		@Override
		public void collect(Set<Reference> references) {
			references.add(this.reference);
		}

	}

	record Negate(Node operand) implements Node {

		@Override
		public Term evaluate(Evaluation evaluation) {
			Term term = this.operand.evaluate(evaluation);
			return new Term(-term.value(), QualifierAlgebra.negate(term.qualifier()));
		}

		@Override
		public String write(FormulaWriter writer) {
			return writer.negate(this.operand.write(writer));
		}

		@Override
		public void collect(Set<Reference> references) {
			this.operand.collect(references);
		}

	}

	record Binary(Arithmetic operator, Node left, Node right) implements Node {

		@Override
		public Term evaluate(Evaluation evaluation) {
			Term left = this.left.evaluate(evaluation);
			Term right = this.right.evaluate(evaluation);
			if (this.operator == Arithmetic.DIVIDE && right.value() == 0) {
				throw evaluation.missing(MissingReason.Kind.DIVISION_BY_ZERO, this.right.write(FormulaWriter.SOURCE));
			}
			return evaluation.finite(this.operator.apply(left, right), this);
		}

		@Override
		public String write(FormulaWriter writer) {
			return writer.binary(this.operator, this.left.write(writer), this.right.write(writer));
		}

		@Override
		public void collect(Set<Reference> references) {
			this.left.collect(references);
			this.right.collect(references);
		}

	}

	record Call(FormulaFunction function, List<Node> arguments) implements Node {

		@Override
		public Term evaluate(Evaluation evaluation) {
			List<Term> terms = this.arguments.stream().map((argument) -> argument.evaluate(evaluation)).toList();
			return evaluation.finite(this.function.apply(terms), this);
		}

		@Override
		public String write(FormulaWriter writer) {
			List<String> arguments = this.arguments.stream().map((argument) -> argument.write(writer)).toList();
			return writer.call(this.function, arguments);
		}

		@Override
		public void collect(Set<Reference> references) {
			this.arguments.forEach((argument) -> argument.collect(references));
		}

	}

	/** Parentheses as the author wrote them, kept so that prose renderings group the same way. */
	record Group(Node inner) implements Node {

		@Override
		public Term evaluate(Evaluation evaluation) {
			return this.inner.evaluate(evaluation);
		}

		@Override
		public String write(FormulaWriter writer) {
			return "(" + this.inner.write(writer) + ")";
		}

		@Override
		public void collect(Set<Reference> references) {
			this.inner.collect(references);
		}

	}

}
