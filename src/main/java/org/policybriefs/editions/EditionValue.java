package org.policybriefs.editions;

import java.util.List;
import java.util.Objects;

/**
 * One value of a published edition, as compared between editions: its key (region, indicator,
 * period), kind, number with qualifier and unit, scope, sources and, for a derived value, the
 * inputs it was computed from.
 */
public record EditionValue(String region, String indicator, String period, String kind, double value,
		String qualifier, String unit, String scope, List<String> sources, String inputs) {

	public EditionValue {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(indicator, "indicator");
		qualifier = (qualifier != null && !qualifier.isEmpty()) ? qualifier : "=";
		unit = (unit != null) ? unit : "";
		scope = (scope != null) ? scope : "";
		sources = (sources == null) ? List.of() : (sources.size() <= 1) ? List.copyOf(sources)
				: sources.stream().sorted().toList();
		inputs = (inputs != null) ? inputs : "";
	}

	/** The key two editions are matched on. */
	Key key() {
		return new Key(this.region, this.indicator, this.period);
	}

	/** Region, indicator and period: what identifies a value across editions. */
	record Key(String region, String indicator, String period) {
	}

}
