package org.policybriefs.indicators;

import java.util.Map;

import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.Assign;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.ConstructorReference;
import org.springframework.expression.spel.ast.Elvis;
import org.springframework.expression.spel.ast.FloatLiteral;
import org.springframework.expression.spel.ast.FunctionReference;
import org.springframework.expression.spel.ast.Indexer;
import org.springframework.expression.spel.ast.InlineList;
import org.springframework.expression.spel.ast.InlineMap;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.NullLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpDec;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpInc;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpModulus;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OperatorBetween;
import org.springframework.expression.spel.ast.OperatorInstanceof;
import org.springframework.expression.spel.ast.OperatorMatches;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.OperatorPower;
import org.springframework.expression.spel.ast.Projection;
import org.springframework.expression.spel.ast.Selection;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.Ternary;
import org.springframework.expression.spel.ast.TypeReference;
import org.springframework.expression.spel.ast.VariableReference;

/**
 * Why each SpEL construct outside the formula language is refused, in words a catalog author
 * understands. Anything not listed falls back to a description of what is allowed.
 */
final class RefusedSyntax {

	static final String ALLOWED = "a formula may only use numbers, indicator codes, REGION.code, + - * /,"
			+ " parentheses and min, max, abs, round";

	private static final String LOGIC = "comparisons and logic (==, <, and, or, not, ...) are not allowed";

	private static final Map<Class<? extends SpelNode>, String> REASONS = Map.ofEntries(
			Map.entry(TypeReference.class, "type references T(...) are not allowed"),
			Map.entry(ConstructorReference.class, "constructors (new ...) are not allowed"),
			Map.entry(BeanReference.class, "bean references (@...) are not allowed"),
			Map.entry(VariableReference.class, "variables (#...) are not allowed"),
			Map.entry(FunctionReference.class, "#functions are not allowed"),
			Map.entry(MethodReference.class, "methods cannot be called on a value; only min, max, abs and round,"
					+ " called directly as in min(a, b)"),
			Map.entry(Assign.class, "assignment (=) is not allowed"),
			Map.entry(OpInc.class, "++ is not allowed"), Map.entry(OpDec.class, "-- is not allowed"),
			Map.entry(Indexer.class, "indexing [...] is not allowed"),
			Map.entry(Selection.class, "selection .?[...] is not allowed"),
			Map.entry(Projection.class, "projection .![...] is not allowed"),
			Map.entry(Ternary.class, "conditionals (... ? ... : ...) are not allowed"),
			Map.entry(Elvis.class, "the Elvis operator ?: is not allowed"),
			Map.entry(StringLiteral.class, "text literals are not allowed"),
			Map.entry(BooleanLiteral.class, "true and false are not allowed"),
			Map.entry(NullLiteral.class, "null is not allowed"),
			Map.entry(FloatLiteral.class, "float literals are not allowed; write 1.5, not 1.5f"),
			Map.entry(OperatorPower.class, "powers (^) are not allowed; multiply instead"),
			Map.entry(OpModulus.class, "the remainder operator (% or mod) is not allowed"),
			Map.entry(InlineList.class, "lists {...} are not allowed"),
			Map.entry(InlineMap.class, "maps {...} are not allowed"),
			Map.entry(OpEQ.class, LOGIC), Map.entry(OpNE.class, LOGIC), Map.entry(OpGT.class, LOGIC),
			Map.entry(OpGE.class, LOGIC), Map.entry(OpLT.class, LOGIC), Map.entry(OpLE.class, LOGIC),
			Map.entry(OpAnd.class, LOGIC), Map.entry(OpOr.class, LOGIC), Map.entry(OperatorNot.class, LOGIC),
			Map.entry(OperatorBetween.class, LOGIC), Map.entry(OperatorInstanceof.class, LOGIC),
			Map.entry(OperatorMatches.class, LOGIC));

	private RefusedSyntax() {
	}

	static FormulaException refuse(SpelNode node) {
		return new FormulaException(REASONS.getOrDefault(node.getClass(), ALLOWED) + ": " + node.toStringAST());
	}

}
