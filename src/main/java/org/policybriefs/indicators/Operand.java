package org.policybriefs.indicators;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One value used as input of a formula, with its lineage: where it was observed, for when, from
 * which sources, what it describes ({@link Scope}) and whether its period was stated or assumed.
 */
record Operand(String region, String indicator, String period, double value, Qualifier qualifier,
		Set<String> sources, Scope scope, String periodBasis) {

	/** The source gives the period. */
	public static final String STATED = "stated";

	/** The catalog assumed the period: the source gives none. */
	public static final String ASSUMED = "assumed";

	public Operand {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(qualifier, "qualifier");
		sources = (sources != null) ? Collections.unmodifiableSet(new LinkedHashSet<>(sources)) : Set.of();
		scope = (scope != null) ? scope : Scope.WHOLE_REGION;
		periodBasis = ASSUMED.equals(periodBasis) ? ASSUMED : STATED;
	}

	/** A whole-region value whose period the source states. */
	public Operand(String region, String indicator, String period, double value, Qualifier qualifier,
			Set<String> sources) {
		this(region, indicator, period, value, qualifier, sources, Scope.WHOLE_REGION, STATED);
	}

}
