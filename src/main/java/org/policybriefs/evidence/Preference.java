package org.policybriefs.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chooses, among the sources that give the same figure, the value a brief states and derived values
 * use: the highest-ranked kind of source of evidence.yml, then the latest published, then the
 * first line. Every other value agrees with it when it differs by no more than the indicator's
 * tolerance, relative to the preferred value.
 */
final class Preference {

	private Preference() {
	}

	/** The preferred figure and how each other one stands to it. */
	record Weighed(Figure preferred, Map<Figure, Boolean> others) {
	}

	static List<Weighed> weigh(List<Figure> figures, EvidenceCatalog catalog, ToDoubleFunction<String> tolerance) {
		Map<String, List<Figure>> byKey = new LinkedHashMap<>();
		figures.forEach((figure) -> byKey.computeIfAbsent(figure.key(), (k) -> new ArrayList<>()).add(figure));
		Comparator<Figure> order = Comparator.<Figure>comparingInt((f) -> catalog.rank(f.sourceKind()))
			.thenComparing(Figure::published, Comparator.comparing(String::isEmpty).thenComparing(Comparator.reverseOrder()))
			.thenComparingLong(Figure::line);
		List<Weighed> weighed = new ArrayList<>();
		for (List<Figure> same : byKey.values()) {
			Figure preferred = same.stream().min(order).orElseThrow();
			Map<Figure, Boolean> others = new LinkedHashMap<>();
			for (Figure other : same) {
				if (other != preferred) {
					others.put(other, agree(preferred.value(), other.value(), tolerance.applyAsDouble(other.indicator())));
				}
			}
			weighed.add(new Weighed(preferred, others));
		}
		return weighed;
	}

	static boolean agree(double preferred, double other, double tolerance) {
		return Math.abs(other - preferred) <= tolerance * Math.abs(preferred) + 1e-12;
	}

}
