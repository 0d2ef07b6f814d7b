package org.policybriefs.editions;

import java.util.List;

/**
 * One difference between two editions for a region, indicator and period: a row of
 * {@code changes.csv}. A revised derived value carries the inputs it was computed from (its lineage).
 *
 * @param kind {@code observed} or {@code derived}
 * @param oldValue null when the value was added
 * @param newValue null when the value was removed
 * @param preferred whether the value that changed is the one the brief states (its figure's preferred
 * value); false for another source's value of a figure several sources give, compared with that
 * source's earlier value
 */
public record Change(String region, String indicator, String kind, String period, Type change, Double oldValue,
		String oldQualifier, Double newValue, String newQualifier, List<String> oldSources, List<String> newSources,
		String unit, String scope, String inputs, boolean preferred) {

	public Change {
		oldSources = (oldSources != null) ? List.copyOf(oldSources) : List.of();
		newSources = (newSources != null) ? List.copyOf(newSources) : List.of();
		oldQualifier = (oldQualifier != null) ? oldQualifier : "";
		newQualifier = (newQualifier != null) ? newQualifier : "";
		unit = (unit != null) ? unit : "";
		scope = (scope != null) ? scope : "";
		inputs = (inputs != null) ? inputs : "";
	}

	/** A change of the value the brief states. */
	public Change(String region, String indicator, String kind, String period, Type change, Double oldValue,
			String oldQualifier, Double newValue, String newQualifier, List<String> oldSources, List<String> newSources,
			String unit, String scope, String inputs) {
		this(region, indicator, kind, period, change, oldValue, oldQualifier, newValue, newQualifier, oldSources,
				newSources, unit, scope, inputs, true);
	}

	/** What changed, as the {@code change} column of changes.csv says it. */
	public enum Type {

		/** A value that the earlier edition did not have. */
		ADDED,

		/** A value that the later edition no longer has. */
		REMOVED,

		/** Another number, unit or scope. */
		REVISED,

		/** The same number with another qualifier ({@code ~} became {@code =}). */
		QUALIFIER,

		/** The same number, qualifier, unit and scope from other sources. */
		RESTATED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static Type fromCode(String code) {
			return valueOf(code.toUpperCase(java.util.Locale.ROOT));
		}

	}

	/** (new − old) / |old| for a revision of a non-zero value; null otherwise. */
	public Double relativeChange() {
		if (this.change != Type.REVISED || this.oldValue == null || this.newValue == null || this.oldValue == 0) {
			return null;
		}
		return (this.newValue - this.oldValue) / Math.abs(this.oldValue);
	}

	/**
	 * How large the change is, for choosing the largest: a revision by its relative change (a
	 * revision of zero, or of unit or scope only, counts as 100 %), an added or removed value as
	 * 100 %, a new qualifier or source as less than any revision.
	 */
	public double magnitude() {
		return switch (this.change) {
			case REVISED -> {
				Double relative = relativeChange();
				yield (relative != null) ? Math.abs(relative) : 1.0;
			}
			case ADDED, REMOVED -> 1.0;
			case QUALIFIER -> 0.001;
			case RESTATED -> 0.0;
		};
	}

}
