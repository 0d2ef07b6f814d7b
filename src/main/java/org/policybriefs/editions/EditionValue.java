package org.policybriefs.editions;

import java.util.List;
import java.util.Objects;

/**
 * One value of a published edition, as compared between editions: its key (region, indicator,
 * period), kind, number with qualifier and unit, scope, sources and, for a derived value, the
 * inputs it was computed from; whether it is the figure's preferred value, or another source's
 * value of it (evidence.yml).
 */
public record EditionValue(String region, String indicator, String period, String kind, double value,
		String qualifier, String unit, String scope, List<String> sources, String inputs, boolean preferred) {

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

	/** The preferred (or only) value of its figure. */
	public EditionValue(String region, String indicator, String period, String kind, double value, String qualifier,
			String unit, String scope, List<String> sources, String inputs) {
		this(region, indicator, period, kind, value, qualifier, unit, scope, sources, inputs, true);
	}

	/** The key two editions are matched on. */
	Key key() {
		return new Key(this.region, this.indicator, this.period);
	}

	/** The key and sources: what identifies one source's value of a figure several sources give. */
	SourceKey sourceKey() {
		return new SourceKey(key(), this.sources);
	}

	/** Region, indicator and period: what identifies a figure across editions. */
	record Key(String region, String indicator, String period) {
	}

	/** A figure's key and the sources of one of its values. */
	record SourceKey(Key key, List<String> sources) {
	}

}
