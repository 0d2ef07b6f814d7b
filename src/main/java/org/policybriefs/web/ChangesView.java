package org.policybriefs.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.ValueFormatter;

/**
 * The changes between two editions as the pages and the API show them: one row per change with
 * the columns of changes.csv, the relative change and, for a derived value, its lineage. Public,
 * with its rows, because FreeMarker reads only public types.
 *
 * @param from the earlier edition's date; null for a first edition
 * @param unchanged whether nothing changed (never for a first edition)
 */
public record ChangesView(String from, String to, boolean firstEdition, boolean unchanged,
		List<String> addedRegions, List<String> removedRegions, List<String> addedIndicators,
		List<String> removedIndicators, List<Row> changes) {

	private static final ValueFormatter FORMAT = new ValueFormatter(Locale.ENGLISH);

	static ChangesView of(EditionChanges changes) {
		return new ChangesView((changes.from() != null) ? changes.from().toString() : null,
				(changes.to() != null) ? changes.to().toString() : null, changes.isFirstEdition(),
				!changes.isFirstEdition() && changes.isUnchanged(), changes.addedRegions(), changes.removedRegions(),
				changes.addedIndicators(), changes.removedIndicators(),
				changes.changes().stream().map(ChangesView::row).toList());
	}

	private static Row row(Change change) {
		return new Row(change.region(), change.indicator(), change.kind(), change.period(), change.change().code(),
				change.oldValue(), change.oldQualifier(), change.newValue(), change.newQualifier(),
				change.oldSources(), change.newSources(), change.relativeChange(), change.unit(), change.scope(),
				change.inputs(), text(change.oldQualifier(), change.oldValue(), change.unit()),
				text(change.newQualifier(), change.newValue(), change.unit()),
				relative(change.relativeChange()));
	}

	private static String relative(Double change) {
		return (change != null) ? String.format(Locale.ROOT, "%+.1f%%", change * 100) : "";
	}

	/**
	 * A value for people: its qualifier's sign, at most three decimals (a bound rounded outward) and
	 * its unit (none for a count). The exact value stays in {@code oldValue} and {@code newValue}, as in changes.csv.
	 */
	private static String text(String qualifier, Double value, String unit) {
		if (value == null) {
			return "";
		}
		ValueFormatter.Shown shown = FORMAT.value(value, qualifier, 3, unit);
		String number = shown.number().contains(".") ? shown.number().replaceAll("\\.?0+$", "") : shown.number();
		boolean unitless = shown.unit() == null || shown.unit().isEmpty() || ValueFormatter.COUNT.equals(shown.unit());
		return shown.sign() + number + (unitless ? "" : "\u00a0" + shown.unit());
	}

	/**
	 * One change: the columns of changes.csv, then the old and new value and the relative change as
	 * people read them.
	 *
	 * @param oldValue null when the value was added
	 * @param relativeChange null unless a non-zero value was revised
	 * @param oldText the old value for people, {@code old} in JSON; empty when there was none
	 * @param newText the new value for people, {@code new} in JSON; empty when there is none
	 * @param relative the relative change for people ({@code +12.5%}); empty when there is none
	 */
	public record Row(String region, String indicator, String kind, String period, String change, Double oldValue,
			String oldQualifier, Double newValue, String newQualifier, List<String> oldSources,
			List<String> newSources, Double relativeChange, String unit, String scope, String inputs,
			@JsonProperty("old") String oldText, @JsonProperty("new") String newText, String relative) {
	}

}
