package org.policybriefs.indicators;

import java.math.BigDecimal;

/**
 * Numbers written for machines and lineage: shortest exact decimal, no exponent, no trailing zeros.
 */
public final class NumberText {

	private NumberText() {
	}

	public static String plain(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.scale() < 0) ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
	}

}
