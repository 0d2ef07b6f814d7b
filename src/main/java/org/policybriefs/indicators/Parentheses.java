package org.policybriefs.indicators;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Where the parentheses of a formula are. SpEL drops them from its tree, but a prose rendering
 * should group the way the author did.
 */
final class Parentheses {

	private final String source;

	/** For each '(' the index of its ')', -1 elsewhere. */
	private final int[] closing;

	Parentheses(String source) {
		this.source = source;
		this.closing = new int[source.length()];
		Arrays.fill(this.closing, -1);
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < source.length(); i++) {
			if (source.charAt(i) == '(') {
				open.push(i);
			}
			else if (source.charAt(i) == ')' && !open.isEmpty()) {
				this.closing[open.pop()] = i;
			}
		}
	}

	/** The '(' of a group enclosing exactly {@code [start, end)} (blanks aside), or -1. */
	int groupAround(int start, int end) {
		int open = previousNonBlank(start);
		if (open < 0 || this.closing[open] != nextNonBlank(end) || isCallParenthesis(open)) {
			return -1;
		}
		return open;
	}

	int closing(int open) {
		return this.closing[open];
	}

	/** The end of the argument list of a call whose name ends at {@code nameEnd}, or -1. */
	int endOfCall(int nameEnd) {
		int open = nextNonBlank(nameEnd);
		return (open < this.closing.length && this.closing[open] >= 0) ? this.closing[open] + 1 : -1;
	}

	/** Whether this '(' opens the arguments of a call, as in {@code min(}, rather than a group. */
	private boolean isCallParenthesis(int open) {
		int before = previousNonBlank(open);
		if (before < 0) {
			return false;
		}
		char name = this.source.charAt(before);
		return Character.isLetterOrDigit(name) || name == '_';
	}

	private int previousNonBlank(int index) {
		int i = index - 1;
		while (i >= 0 && Character.isWhitespace(this.source.charAt(i))) {
			i--;
		}
		return i;
	}

	private int nextNonBlank(int index) {
		int i = index;
		while (i < this.source.length() && Character.isWhitespace(this.source.charAt(i))) {
			i++;
		}
		return i;
	}

}
