package org.policybriefs.commentary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policybriefs.indicators.IndicatorValue;

/**
 * Finds the numbers an analyst typed where a figure belongs: a number in a passage's text (not in a
 * {@code {{…}}}) that is one of the run's values as the data give it, "38%" for Beijing's share of
 * talent. Such a number does not follow the figure: when the figure is revised the passage still
 * says the old value and is not listed as stale. Only numbers that can hardly be anything else are
 * taken: a percentage, a decimal, or a whole number of 10 or more that is not the year of one of the
 * run's periods ("by the end of 2024"; "2,000 firms" and "2000家" are numbers); a percentage only
 * matches a figure in per cent, any other number only one that is not.
 */
final class UnboundNumbers {

	/** Figures named in one line, then "and N more". */
	private static final int NAMED = 3;

	/**
	 * A number not inside a Latin word or code ("E2", "Q1", "v2.1"), beside Chinese text or not:
	 * digits, thousands separators, a decimal part, a percent sign.
	 */
	private static final Pattern NUMBER = Pattern
		.compile("(?<![A-Za-z0-9.,_-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![A-Za-z0-9_]|[.,]\\d)(\\s?[%％])?");

	private final List<IndicatorValue> values;

	private final Map<String, String> units;

	/** The years of the run's periods, "2024" of 2024-Q3: such a number in a passage is a year. */
	private final Set<String> years;

	/**
	 * @param values every value of the run, preferred or not
	 * @param units each indicator's unit, by code
	 */
	UnboundNumbers(List<IndicatorValue> values, Map<String, String> units) {
		this.values = values.stream().filter(IndicatorValue::hasValue).toList();
		this.units = units;
		this.years = values.stream()
			.map(IndicatorValue::period)
			.filter((period) -> period.length() >= 4)
			.map((period) -> period.substring(0, 4))
			.collect(Collectors.toSet());
	}

	/** A line per typed number that is a figure: "input/commentary/x.en.md:3  "38%" is BJ ai_talent_share 2024 …". */
	List<String> lines(String where, Passage passage) {
		List<String> lines = new ArrayList<>();
		for (Passage.Span span : passage.spans()) {
			if (span.isFigure()) {
				continue;
			}
			Matcher number = NUMBER.matcher(span.text());
			while (number.find()) {
				List<String> figures = figures(number.group(1), (number.group(2) != null) ? number.group(2) : "",
						number.group(3) != null);
				if (!figures.isEmpty()) {
					lines.add(where + ":" + passage.line() + "  \"" + number.group().strip() + "\" is "
							+ named(figures) + "; write {{" + figures.get(0) + "}}"
							+ ((figures.size() > 1) ? " (or the figure it states)" : "")
							+ " so that the passage follows the figure and is listed when it changes");
				}
			}
		}
		return lines;
	}

	/** The figures, as {@code {{…}}} names them, whose value the number writes to its own precision. */
	private List<String> figures(String digits, String fraction, boolean percent) {
		BigDecimal literal = new BigDecimal(digits.replace(",", "") + fraction);
		boolean year = this.years.contains(digits);
		if (!percent && fraction.isEmpty() && (literal.compareTo(BigDecimal.TEN) < 0 || year)) {
			return List.of();
		}
		// within one unit of its last digit: a value rounded half up, or a bound rounded outward
		double unit = Math.pow(10, -literal.scale());
		double number = literal.doubleValue();
		List<String> figures = new ArrayList<>();
		for (IndicatorValue value : this.values) {
			if (Math.abs(value.value() - number) < unit && percent == "%".equals(this.units.get(value.indicator()))) {
				String figure = value.region() + " " + value.indicator() + " " + value.period()
						+ (value.preferred() ? "" : " " + String.join(" ", value.sources()));
				if (!figures.contains(figure)) {
					figures.add(figure);
				}
			}
		}
		return figures;
	}

	private static String named(List<String> figures) {
		if (figures.size() == 1) {
			return figures.get(0) + " as the data give it";
		}
		String named = String.join(", ", figures.subList(0, Math.min(NAMED, figures.size())));
		return "the value of " + figures.size() + " figures (" + named
				+ ((figures.size() > NAMED) ? ", … and " + (figures.size() - NAMED) + " more" : "") + ")";
	}

}
