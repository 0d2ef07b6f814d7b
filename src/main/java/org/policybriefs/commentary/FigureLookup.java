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

	private final Set<String> rejected;

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
		this(regions, units, sources, values, Set.of());
	}

	/**
	 * @param rejected the codes of the run's rejected rows of regions.csv, indicators.csv and
	 * sources.csv: a figure naming one has no value in this run, which makes its passages stale
	 */
	FigureLookup(Set<String> regions, Map<String, String> units, Set<String> sources, List<IndicatorValue> values,
			Set<String> rejected) {
		this.rejected = rejected;
		this.regions = regions;
		this.units = units;
		this.sources = sources;
		this.values = values;
	}

	ResolvedFigure resolve(FigureReference figure, String where) {
		for (String code : List.of(figure.region(), figure.indicator(), figure.source())) {
			if (this.rejected.contains(code)) {
				throw new MissingValue(where, figure.line(), "{{" + figure.label() + "}}: the row of " + code
						+ " was rejected in this run (see rejects.csv)");
			}
		}
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
			throw new MissingValue(where, figure.line(), "{{" + figure.label() + "}}: the run has no value of it" + missing
					+ (periods.isEmpty() ? "" : "; it has values for " + periods)
					+ (figure.source().isEmpty() ? "" : " from " + figure.source()));
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

	/**
	 * A figure the input knows (its region, indicator and source are there) without a value in this
	 * run — its row rejected, or gone from the data: its passages are stale, the run goes on.
	 */
	static final class MissingValue extends CommentaryException {

		MissingValue(String where, int line, String problem) {
			super(where, line, problem);
		}

	}

}
