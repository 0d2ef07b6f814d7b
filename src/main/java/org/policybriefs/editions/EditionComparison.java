package org.policybriefs.editions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two editions by content, not by date: each value by its key (region, indicator,
 * period), with its number, qualifier, unit, scope and sources, and the sets of regions and
 * indicators. Plain logic without Spring: linear in the number of values.
 */
public final class EditionComparison {

	private EditionComparison() {
	}

	public static EditionChanges compare(LocalDate from, List<EditionValue> before, LocalDate to,
			List<EditionValue> after) {
		Map<EditionValue.Key, EditionValue> old = new HashMap<>(before.size() * 2);
		before.forEach((value) -> old.put(value.key(), value));
		List<Change> changes = new ArrayList<>();
		Set<EditionValue.Key> seen = new java.util.HashSet<>(after.size() * 2);
		for (EditionValue now : after) {
			seen.add(now.key());
			EditionValue was = old.get(now.key());
			Change.Type type = (was == null) ? Change.Type.ADDED : difference(was, now);
			if (type != null) {
				changes.add(change(type, was, now));
			}
		}
		for (EditionValue was : before) {
			if (!seen.contains(was.key())) {
				changes.add(change(Change.Type.REMOVED, was, null));
			}
		}
		changes.sort(Comparator.comparing(Change::region)
			.thenComparing(Change::indicator)
			.thenComparing(Change::period));
		Set<String> regionsBefore = codes(before, true);
		Set<String> regionsAfter = codes(after, true);
		Set<String> indicatorsBefore = codes(before, false);
		Set<String> indicatorsAfter = codes(after, false);
		return new EditionChanges(from, to, changes, minus(regionsAfter, regionsBefore),
				minus(regionsBefore, regionsAfter), minus(indicatorsAfter, indicatorsBefore),
				minus(indicatorsBefore, indicatorsAfter));
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
				any.inputs());
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
