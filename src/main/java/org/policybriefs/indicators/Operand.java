package org.policybriefs.indicators;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One value used as input of a formula, with its lineage: where it was observed, for when, and
 * from which sources.
 */
public record Operand(String region, String indicator, String period, double value, Qualifier qualifier,
		Set<String> sources) {

	public Operand {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(qualifier, "qualifier");
		sources = (sources != null) ? Collections.unmodifiableSet(new LinkedHashSet<>(sources)) : Set.of();
	}

}
