package org.policybriefs.editions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two editions by content, not by date: each value by its key (region, indicator,
 * period), with its number, qualifier, unit, scope and sources, and the sets of regions and
 * indicators. A figure that one source gives in both editions compares as one value, so that
 * another source taking its place reads as the same value restated; a figure that several sources
 * give compares each source's value with that source's value in the other edition. Plain logic
 * without Spring: linear in the number of values.
 */
public final class EditionComparison {

	private EditionComparison() {
	}

	public static EditionChanges compare(LocalDate from, List<EditionValue> before, LocalDate to,
			List<EditionValue> after) {
		Map<EditionValue.Key, List<EditionValue>> old = byKey(before);
		Map<EditionValue.Key, List<EditionValue>> now = byKey(after);
		List<Change> changes = new ArrayList<>();
		now.forEach((key, values) -> compare(old.getOrDefault(key, List.of()), values, changes));
		old.forEach((key, values) -> {
			if (!now.containsKey(key)) {
				values.forEach((was) -> changes.add(change(Change.Type.REMOVED, was, null)));
			}
		});
		changes.sort(Comparator.comparing(Change::region)
			.thenComparing(Change::indicator)
			.thenComparing(Change::period)
			.thenComparing((change) -> !change.preferred()));
		Set<String> regionsBefore = codes(before, true);
		Set<String> regionsAfter = codes(after, true);
		Set<String> indicatorsBefore = codes(before, false);
		Set<String> indicatorsAfter = codes(after, false);
		return new EditionChanges(from, to, changes, minus(regionsAfter, regionsBefore),
				minus(regionsBefore, regionsAfter), minus(indicatorsAfter, indicatorsBefore),
				minus(indicatorsBefore, indicatorsAfter));
	}

	/** The changes of one figure: its one value against the one before, or each source's against that source's. */
	private static void compare(List<EditionValue> was, List<EditionValue> now, List<Change> changes) {
		if (was.size() <= 1 && now.size() == 1) {
			EditionValue before = was.isEmpty() ? null : was.get(0);
			Change.Type type = (before == null) ? Change.Type.ADDED : difference(before, now.get(0));
			if (type != null) {
				changes.add(change(type, before, now.get(0)));
			}
			return;
		}
		Map<List<String>, EditionValue> bySource = new LinkedHashMap<>();
		was.forEach((value) -> bySource.put(value.sources(), value));
		for (EditionValue value : now) {
			EditionValue before = bySource.remove(value.sources());
			Change.Type type = (before == null) ? Change.Type.ADDED : difference(before, value);
			if (type != null) {
				changes.add(change(type, before, value));
			}
		}
		bySource.values().forEach((before) -> changes.add(change(Change.Type.REMOVED, before, null)));
	}

	/** The kind of difference between two values of the same key, or null when they are the same. */
	static Change.Type difference(EditionValue was, EditionValue now) {
		if (Double.compare(was.value(), now.value()) != 0 || !was.unit().equals(now.unit())
				|| !was.scope().equals(now.scope())) {
			return Change.Type.REVISED;
		}
		if (!was.qualifier().equals(now.qualifier())) {
			return Change.Type.QUALIFIER;
		}
		if (!was.sources().equals(now.sources())) {
			return Change.Type.RESTATED;
		}
		return null;
	}

	private static Change change(Change.Type type, EditionValue was, EditionValue now) {
		EditionValue any = (now != null) ? now : was;
		return new Change(any.region(), any.indicator(), any.kind(), any.period(), type,
				(was != null) ? was.value() : null, (was != null) ? was.qualifier() : null,
				(now != null) ? now.value() : null, (now != null) ? now.qualifier() : null,
				(was != null) ? was.sources() : null, (now != null) ? now.sources() : null, any.unit(), any.scope(),
				any.inputs(), any.preferred());
	}

	private static Map<EditionValue.Key, List<EditionValue>> byKey(List<EditionValue> values) {
		Map<EditionValue.Key, List<EditionValue>> byKey = new LinkedHashMap<>(values.size() * 2);
		// most figures have one source: a one-element list each, a list of several only where sources repeat
		values.forEach((value) -> byKey.merge(value.key(), List.of(value), (some, more) -> {
			List<EditionValue> all = new ArrayList<>(some);
			all.addAll(more);
			return all;
		}));
		return byKey;
	}

	private static Set<String> codes(List<EditionValue> values, boolean regions) {
		Set<String> codes = new LinkedHashSet<>();
		values.forEach((value) -> codes.add(regions ? value.region() : value.indicator()));
		return codes;
	}

	private static List<String> minus(Set<String> a, Set<String> b) {
		return a.stream().filter((code) -> !b.contains(code)).sorted().toList();
	}

}
