package org.policybriefs.indicators;

/**
 * Thrown when a formula cannot be accepted; the message says why in words a catalog author can act on.
 */
class FormulaException extends RuntimeException {

	public FormulaException(String reason) {
		super(reason);
	}

	public FormulaException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
