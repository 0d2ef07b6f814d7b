package org.policybriefs.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.policybriefs.ingest.Codes;

import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.Literal;
import org.springframework.expression.spel.ast.LongLiteral;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.OpDivide;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpMultiply;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Turns formula text into a {@link Node} tree: SpEL does the parsing, then every node of its tree
 * is checked against the small formula language and anything else is refused with a reason.
 */
final class FormulaTranslator {

	private static final Map<Class<? extends SpelNode>, Arithmetic> OPERATORS = Map.of(OpPlus.class, Arithmetic.ADD,
			OpMinus.class, Arithmetic.SUBTRACT, OpMultiply.class, Arithmetic.MULTIPLY, OpDivide.class,
			Arithmetic.DIVIDE);

	/** How deep a formula may nest; far beyond any catalog's need, well within the parser's stack. */
	static final int MAX_NESTING = 64;

	private final String source;

	private final Parentheses parentheses;

	private FormulaTranslator(String source) {
		this.source = source;
		this.parentheses = new Parentheses(source);
	}

	static Node translate(String source) {
		if (source == null || source.isBlank()) {
			throw new FormulaException("the formula is empty");
		}
		// before parsing: the parser itself recurses once per parenthesis
		checkNesting(parenthesisDepth(source));
		try {
			SpelNode root = new SpelExpressionParser().parseRaw(source).getAST();
			checkNesting(depth(root));
			return new FormulaTranslator(source).translate(root).node();
		}
		catch (ParseException ex) {
			throw new FormulaException("not a valid formula: " + ex.getMessage(), ex);
		}
		catch (StackOverflowError ex) {
			throw new FormulaException(nestedTooDeeply());
		}
	}

	private static void checkNesting(int depth) {
		if (depth > MAX_NESTING) {
			throw new FormulaException(nestedTooDeeply());
		}
	}

	private static String nestedTooDeeply() {
		return "nested deeper than " + MAX_NESTING + " levels (parentheses, operators and functions inside one"
				+ " another); split it into derived indicators that use each other";
	}

	private static int parenthesisDepth(String source) {
		int depth = 0;
		int deepest = 0;
		for (int i = 0; i < source.length(); i++) {
			if (source.charAt(i) == '(') {
				deepest = Math.max(deepest, ++depth);
			}
			else if (source.charAt(i) == ')') {
				depth--;
			}
		}
		return deepest;
	}

	/** The depth of a parsed tree, walked without recursion so that a deep tree cannot overflow the stack. */
	private static int depth(SpelNode root) {
		Deque<SpelNode> nodes = new ArrayDeque<>(List.of(root));
		Deque<Integer> depths = new ArrayDeque<>(List.of(1));
		int deepest = 0;
		while (!nodes.isEmpty()) {
			SpelNode node = nodes.pop();
			int depth = depths.pop();
			deepest = Math.max(deepest, depth);
			for (int i = 0; i < node.getChildCount(); i++) {
				nodes.push(node.getChild(i));
				depths.push(depth + 1);
			}
		}
		return deepest;
	}

	/** A translated node and the part of the source it covers, its own parentheses included. */
	private record Span(Node node, int start, int end) {
	}

	private Span translate(SpelNode spel) {
		Span span = bare(spel);
		for (int open = this.parentheses.groupAround(span.start(), span.end()); open >= 0;
				open = this.parentheses.groupAround(span.start(), span.end())) {
			span = new Span(new Node.Group(span.node()), open, this.parentheses.closing(open) + 1);
		}
		return span;
	}

	private Span bare(SpelNode spel) {
		if (spel instanceof IntLiteral || spel instanceof LongLiteral || spel instanceof RealLiteral) {
			return number((Literal) spel);
		}
		if (spel instanceof PropertyOrFieldReference property) {
			Node node = new Node.Ref(new Reference(null, indicatorCode(property)));
			return new Span(node, property.getStartPosition(), property.getEndPosition());
		}
		if (spel instanceof CompoundExpression compound) {
			return otherRegion(compound);
		}
		if (spel instanceof MethodReference method) {
			return call(method);
		}
		Arithmetic operator = OPERATORS.get(spel.getClass());
		if (operator == null) {
			throw RefusedSyntax.refuse(spel);
		}
		return arithmetic(spel, operator);
	}

	private Span number(Literal literal) {
		// the parser also reads 0x10 (as 16), which a catalog author reading the formula would not take for a number
		// (the parser keeps 10 as the text of 0x10: the formula's own text is what the author wrote)
		String written = this.source.substring(literal.getStartPosition(),
				Math.min(this.source.length(), literal.getEndPosition()));
		if (!written.matches("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw new FormulaException("write numbers in decimal digits (16, 1.5, 2e3), not " + written);
		}
		double value = ((Number) literal.getLiteralValue().getValue()).doubleValue();
		if (!Double.isFinite(value)) {
			throw new FormulaException("number too large: " + literal.getOriginalValue());
		}
		return new Span(new Node.Constant(value), literal.getStartPosition(), literal.getEndPosition());
	}

	private Span otherRegion(CompoundExpression compound) {
		for (int i = 0; i < compound.getChildCount(); i++) {
			if (!(compound.getChild(i) instanceof PropertyOrFieldReference)) {
				throw RefusedSyntax.refuse(compound.getChild(i));
			}
		}
		if (compound.getChildCount() != 2) {
			throw new FormulaException(
					"a reference to another region is written REGION.code: " + compound.toStringAST());
		}
		PropertyOrFieldReference region = (PropertyOrFieldReference) compound.getChild(0);
		PropertyOrFieldReference code = (PropertyOrFieldReference) compound.getChild(1);
		if (code.isNullSafe()) {
			throw new FormulaException("?. is not allowed; write " + region.getName() + "." + code.getName());
		}
		if (!Codes.isRegion(region.getName())) {
			throw new FormulaException("'" + region.getName() + "' is not a region code (upper case, like BJ): "
					+ compound.toStringAST());
		}
		Node node = new Node.Ref(new Reference(region.getName(), indicatorCode(code)));
		return new Span(node, region.getStartPosition(), code.getEndPosition());
	}

	private String indicatorCode(PropertyOrFieldReference property) {
		String name = property.getName();
		if (Codes.isIndicator(name)) {
			return name;
		}
		if (Codes.isRegion(name)) {
			throw new FormulaException("'" + name + "' looks like a region; write " + name + ".indicator_code");
		}
		throw new FormulaException("'" + name + "' is not an indicator code (a lower-case letter, then 1 to 63"
				+ " lower-case letters, digits or _)");
	}

	private Span call(MethodReference method) {
		FormulaFunction function = FormulaFunction.named(method.getName())
			.orElseThrow(() -> new FormulaException("unknown function " + method.getName()
					+ "(); a formula may call min, max, abs and round"));
		if (method.getChildCount() != function.arity()) {
			throw new FormulaException(function.functionName() + " takes " + function.arity() + " argument(s), not "
					+ method.getChildCount() + ": " + method.toStringAST());
		}
		if (function == FormulaFunction.ROUND && !isDecimalCount(method.getChild(1))) {
			throw new FormulaException("round(x, n) needs n to be a whole number of decimals from 0 to "
					+ FormulaFunction.MAX_DECIMALS + ": " + method.toStringAST());
		}
		List<Node> arguments = new ArrayList<>();
		int end = method.getEndPosition();
		for (int i = 0; i < method.getChildCount(); i++) {
			Span argument = translate(method.getChild(i));
			arguments.add(argument.node());
			end = argument.end();
		}
		end = Math.max(end, this.parentheses.endOfCall(method.getEndPosition()));
		return new Span(new Node.Call(function, List.copyOf(arguments)), method.getStartPosition(), end);
	}

	private static boolean isDecimalCount(SpelNode node) {
		if (!(node instanceof IntLiteral || node instanceof LongLiteral)) {
			return false;
		}
		long decimals = ((Number) ((Literal) node).getLiteralValue().getValue()).longValue();
		return decimals >= 0 && decimals <= FormulaFunction.MAX_DECIMALS;
	}

	private Span arithmetic(SpelNode spel, Arithmetic operator) {
		if (this.source.charAt(spel.getStartPosition()) != operator.symbol()) {
			throw new FormulaException(
					"write " + operator.symbol() + " rather than a word operator: " + spel.toStringAST());
		}
		if (spel.getChildCount() == 1) {
			Span operand = translate(spel.getChild(0));
			Node node = (operator == Arithmetic.SUBTRACT) ? new Node.Negate(operand.node()) : operand.node();
			return new Span(node, spel.getStartPosition(), operand.end());
		}
		Span left = translate(spel.getChild(0));
		Span right = translate(spel.getChild(1));
		return new Span(new Node.Binary(operator, left.node(), right.node()), left.start(), right.end());
	}

}
