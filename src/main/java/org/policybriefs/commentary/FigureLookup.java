package org.policybriefs.commentary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policybriefs.indicators.IndicatorValue;

/**
 * Finds the figures commentary names among the run's values. Without a period a figure is its
 * latest period with a value; without a source, the preferred value; with a source, that
 * source's value. A region, indicator, period or source the run does not have, or a figure with
 * no value, is an error naming the file and line.
 */
final class FigureLookup {

	private final Set<String> regions;

	private final Map<String, String> units;

	private final Set<String> sources;

	private final List<IndicatorValue> values;

	/**
	 * @param regions the region codes of regions.csv
	 * @param units each indicator's unit, by code
	 * @param sources the source ids of sources.csv
	 * @param values every value of the run, preferred or not
	 */
	FigureLookup(Set<String> regions, Map<String, String> units, Set<String> sources, List<IndicatorValue> values) {
		this.regions = regions;
		this.units = units;
		this.sources = sources;
		this.values = values;
	}

	ResolvedFigure resolve(FigureReference figure, String where) {
		if (!this.regions.contains(figure.region())) {
			throw problem(figure, where, "region '" + figure.region() + "' is not in regions.csv (the regions are "
					+ sorted(this.regions) + ")");
		}
		if (!this.units.containsKey(figure.indicator())) {
			throw problem(figure, where, "indicator '" + figure.indicator() + "' is not in indicators.csv");
		}
		if (!figure.source().isEmpty() && !this.sources.contains(figure.source())) {
			throw problem(figure, where, "source '" + figure.source() + "' is not in sources.csv (the sources are "
					+ sorted(this.sources) + ")");
		}
		List<IndicatorValue> ofFigure = this.values.stream()
			.filter((value) -> value.region().equals(figure.region()) && value.indicator().equals(figure.indicator()))
			.toList();
		List<IndicatorValue> candidates = ofFigure.stream()
			.filter(IndicatorValue::hasValue)
			.filter((value) -> figure.source().isEmpty() ? value.preferred() : value.sources().contains(figure.source()))
			.toList();
		List<IndicatorValue> inPeriod = figure.period().isEmpty() ? candidates
				: candidates.stream().filter((value) -> value.period().equals(figure.period())).toList();
		IndicatorValue found = inPeriod.stream().max(Comparator.comparing(IndicatorValue::period)).orElse(null);
		if (found == null) {
			String periods = sorted(candidates.stream().map(IndicatorValue::period).collect(Collectors.toSet()));
			String missing = ofFigure.stream()
				.filter((value) -> value.missing() != null)
				.map((value) -> " (" + value.missing().describe() + ")")
				.findFirst()
				.orElse("");
			throw problem(figure, where, "the run has no value of it" + missing + (periods.isEmpty() ? ""
					: "; it has values for " + periods) + (figure.source().isEmpty() ? "" : " from " + figure.source()));
		}
		return new ResolvedFigure(found, BoundValue.of(found, this.units.get(figure.indicator())));
	}

	private static CommentaryException problem(FigureReference figure, String where, String problem) {
		return new CommentaryException(where, figure.line(), "{{" + figure.label() + "}}: " + problem
				+ "; correct the reference or remove it");
	}

	private static String sorted(Set<String> codes) {
		return String.join(", ", codes.stream().sorted().toList());
	}

}
