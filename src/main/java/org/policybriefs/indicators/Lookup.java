package org.policybriefs.indicators;

import java.util.Optional;

/**
 * Finds the value of an indicator in a region for a period, if there is one.
 */
@FunctionalInterface
interface Lookup {

	Optional<Operand> find(String region, String indicator, String period);

}
