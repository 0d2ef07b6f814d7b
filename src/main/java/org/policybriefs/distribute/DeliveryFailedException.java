package org.policybriefs.distribute;

/**
 * Some analysts did not get their briefs; the others did. Fails the distribute step, so that
 * running again retries only the deliveries that failed.
 */
class DeliveryFailedException extends RuntimeException {

	DeliveryFailedException(String message) {
		super(message);
	}

}
