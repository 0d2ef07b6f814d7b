package org.policybriefs.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the checks' arithmetic prints them: plain, at most three significant decimals. */
final class Numbers {

	private Numbers() {
	}

	static String plain(double value) {
		BigDecimal decimal = new BigDecimal(Double.toString(value));
		if (Math.abs(value) < 1000) {
			decimal = decimal.round(new java.math.MathContext(4, RoundingMode.HALF_UP));
		}
		else {
			decimal = decimal.setScale(0, RoundingMode.HALF_UP);
		}
		String text = decimal.stripTrailingZeros().toPlainString();
		return text.equals("-0") ? "0" : text;
	}

}
