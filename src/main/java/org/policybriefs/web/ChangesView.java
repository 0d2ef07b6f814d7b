package org.policybriefs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.ValueFormatter;

/**
 * The changes between two editions as the pages and the API show them: one map per change with
 * the columns of changes.csv, the relative change and, for a derived value, its lineage.
 */
final class ChangesView {

	private static final ValueFormatter FORMAT = new ValueFormatter(Locale.ENGLISH);

	private ChangesView() {
	}

	static Map<String, Object> json(EditionChanges changes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", (changes.from() != null) ? changes.from().toString() : null);
		body.put("to", (changes.to() != null) ? changes.to().toString() : null);
		body.put("firstEdition", changes.isFirstEdition());
		body.put("unchanged", !changes.isFirstEdition() && changes.isUnchanged());
		body.put("addedRegions", changes.addedRegions());
		body.put("removedRegions", changes.removedRegions());
		body.put("addedIndicators", changes.addedIndicators());
		body.put("removedIndicators", changes.removedIndicators());
		body.put("changes", rows(changes));
		return body;
	}

	static List<Map<String, Object>> rows(EditionChanges changes) {
		return changes.changes().stream().map(ChangesView::row).toList();
	}

	private static Map<String, Object> row(Change change) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("region", change.region());
		row.put("indicator", change.indicator());
		row.put("kind", change.kind());
		row.put("period", change.period());
		row.put("change", change.change().code());
		row.put("oldValue", change.oldValue());
		row.put("oldQualifier", change.oldQualifier());
		row.put("newValue", change.newValue());
		row.put("newQualifier", change.newQualifier());
		row.put("oldSources", change.oldSources());
		row.put("newSources", change.newSources());
		row.put("relativeChange", change.relativeChange());
		row.put("unit", change.unit());
		row.put("scope", change.scope());
		row.put("inputs", change.inputs());
		row.put("old", text(change.oldQualifier(), change.oldValue(), change.unit()));
		row.put("new", text(change.newQualifier(), change.newValue(), change.unit()));
		row.put("relative", (change.relativeChange() != null)
				? String.format(Locale.ROOT, "%+.1f%%", change.relativeChange() * 100) : "");
		return row;
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

}
