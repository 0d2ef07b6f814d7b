package org.policybriefs.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that every number of a finding is one its {@code data-numbers} names and that it agrees
 * with {@code indicators.csv}: a value printed to its catalog decimals (a bound rounded outward,
 * never tighter than the value), a ratio of two values, a rank or a count of the exported rows.
 * Worked out here from the files, not with the brief's own formatter.
 */
final class FindingNumbers {

	/** A number, and the Chinese scale word after it when there is one (52亿元 is 5.2 of the catalog's billions). */
	private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(万亿|亿|万)?");

	/** The catalog's money units are billions (CNY bn, USD bn): a Chinese scale word is read back into them. */
	private static final Map<String, Double> IN_BILLIONS = Map.of("万", 1e4 / 1e9, "亿", 1e8 / 1e9, "万亿", 1e12 / 1e9);

	private final Map<String, CSVRecord> values = new HashMap<>();

	private final Map<String, CSVRecord> catalog = new HashMap<>();

	private final List<CSVRecord> exported;

	private final int sources;

	FindingNumbers(List<CSVRecord> exported, List<CSVRecord> catalog, List<CSVRecord> sources) {
		this.exported = exported;
		this.sources = sources.size();
		for (CSVRecord record : exported) {
			// a finding states a figure's preferred value; another source's value of it is evidence beside it
			if (!record.get("value").isEmpty() && !"false".equals(record.get("preferred"))) {
				this.values.put(record.get("region") + "/" + record.get("indicator"), record);
			}
		}
		for (CSVRecord record : catalog) {
			this.catalog.put(record.get("code"), record);
		}
	}

	/** A number the text may hold: a value, and how far from it and on which side the printed number may lie. */
	private record Expected(String origin, double value, double tolerance, int side) {

		boolean matches(double printed) {
			double difference = printed - this.value;
			if (Math.abs(difference) > this.tolerance + 1e-9) {
				return false;
			}
			return this.side == 0 || Math.signum(difference) == 0 || Math.signum(difference) == this.side;
		}

	}

	void check(String brief, Element finding) {
		String text = Xhtml.text(finding);
		List<Expected> expected = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String origin : finding.getAttribute("data-numbers").split("\\s+")) {
			if (origin.isBlank()) {
				continue;
			}
			String[] parts = origin.split(":");
			switch (parts[0]) {
				case "value" -> {
					CSVRecord record = this.values.get(parts[1]);
					assertThat(record).as(brief + ": " + origin + " in indicators.csv").isNotNull();
					String indicator = parts[1].substring(parts[1].indexOf('/') + 1);
					names.add(this.catalog.get(indicator).get("name_en") + " " + this.catalog.get(indicator).get("name_zh"));
					expected.add(printed(origin, Double.parseDouble(record.get("value")), record.get("qualifier"),
							Integer.parseInt(this.catalog.get(indicator).get("decimals")),
							this.catalog.get(indicator).get("unit")));
				}
				case "ratio" -> {
					double high = Double.parseDouble(this.values.get(parts[1]).get("value"));
					double low = Double.parseDouble(this.values.get(parts[2]).get("value"));
					expected.add(new Expected(origin, high / low, 0.1, 0));
				}
				case "rank" -> expected.add(new Expected(origin, Double.parseDouble(parts[1]), 0, 0));
				case "benchmark" -> {
					CSVRecord indicator = this.catalog.get(parts[1]);
					expected.add(new Expected(origin, Double.parseDouble(indicator.get("benchmark_value")), 0, 0));
				}
				case "count" -> expected.add(new Expected(origin, count(parts[1], parts[2]), 0, 0));
				default -> throw new AssertionError(brief + ": unknown origin " + origin);
			}
		}
		String withoutNames = text;
		for (String name : names) {
			for (String part : name.split(" ")) {
				withoutNames = withoutNames.replace(part, " ");
			}
		}
		Matcher number = NUMBER.matcher(withoutNames);
		while (number.find()) {
			double printed = Double.parseDouble(number.group(1).replace(",", ""))
					* ((number.group(2) != null) ? IN_BILLIONS.get(number.group(2)) : 1);
			assertThat(expected).as(brief + ": number " + number.group() + " in \"" + text + "\" with origins "
					+ finding.getAttribute("data-numbers")).anyMatch((candidate) -> candidate.matches(printed));
		}
	}

	/** A value as a brief may print it: to its decimals, a bound rounded outward, a count's bound to a whole number. */
	private static Expected printed(String origin, double value, String qualifier, int decimals, String unit) {
		double step = BigDecimal.ONE.movePointLeft(decimals).doubleValue();
		return switch (qualifier) {
			case "<", "<=" -> "count".equals(unit) ? new Expected(origin, value, 1, -1) : new Expected(origin, value, step, 1);
			case ">", ">=" -> "count".equals(unit) ? new Expected(origin, value, 1, 1) : new Expected(origin, value, step, -1);
			default -> new Expected(origin, value, step / 2, 0);
		};
	}

	private double count(String what, String region) {
		if ("sources".equals(what)) {
			return this.sources;
		}
		return this.exported.stream()
			.filter((record) -> region.equals("all") || record.get("region").equals(region))
			.filter((record) -> "observed".equals(record.get("kind")) && !record.get("value").isEmpty())
			.filter((record) -> switch (what) {
				case "scoped" -> !record.get("scope_en").isEmpty();
				case "assumed" -> "assumed".equals(record.get("period_basis"));
				default -> true;
			})
			.count();
	}

}
