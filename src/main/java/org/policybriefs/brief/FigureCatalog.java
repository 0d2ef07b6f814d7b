package org.policybriefs.brief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policybriefs.brief.BriefViews.Bar;
import org.policybriefs.brief.BriefViews.FigureView;
import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

/**
 * The figures a brief draws, as {@code templates/figures.yml} declares them: which indicators and
 * which chart. Honest with sparse data: each bar is one value a region reports; a chart across
 * regions takes only comparable (whole-region) values; a region's own chart labels every bar
 * with what it covers; a chart with too few bars is left out.
 */
public final class FigureCatalog {

	static final String FILE = "figures.yml";

	static final Set<String> CHARTS = Set.of("regions", "region", "benchmark");

	static final Set<String> INDEX_KINDS = Set.of("ratio", "percent", "premium", "reduction");

	/** One entry: a kind of chart over some indicators. */
	record Entry(String id, String chart, List<String> indicators, List<String> units, List<Benchmarked> benchmarked,
			String title, String note, int fewest) {
	}

	/**
	 * An indicator of a benchmark chart: how its value becomes an index, what it is set against,
	 * and the message key of its bar's label (empty: the indicator's name).
	 */
	record Benchmarked(String code, String as, String against, String label) {
	}

	private final List<Entry> entries;

	FigureCatalog(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	static FigureCatalog read(Path templates) {
		CatalogFile file = CatalogFile.read(templates.resolve(FILE));
		List<Entry> entries = new ArrayList<>();
		List<Map<String, Object>> items = file.entries(file.root(), "figures", "top level");
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = items.get(i);
			String where = "figure " + (i + 1);
			String id = file.text(item, "id", null, where);
			if (!id.matches("[a-z][a-z0-9-]{0,31}")) {
				throw file.problem(where, "id '" + id + "' must be lower-case letters, digits and dashes");
			}
			String chart = file.text(item, "chart", null, where);
			if (!CHARTS.contains(chart)) {
				throw file.problem(where, "unknown chart '" + chart + "'; the charts are "
						+ String.join(", ", CHARTS.stream().sorted().toList()));
			}
			List<Benchmarked> benchmarked = new ArrayList<>();
			List<String> indicators = List.of();
			if ("benchmark".equals(chart)) {
				for (Map<String, Object> entry : file.entries(item, "indicators", where)) {
					String as = file.text(entry, "as", null, where);
					if (!INDEX_KINDS.contains(as)) {
						throw file.problem(where, "'as' must be one of ratio, percent, premium, reduction, not '" + as + "'");
					}
					benchmarked.add(new Benchmarked(file.text(entry, "code", null, where), as,
							file.text(entry, "against", "region", where), file.text(entry, "label", "", where)));
				}
			}
			else {
				indicators = file.texts(item, "indicators", where);
			}
			entries.add(new Entry(id, chart, indicators, file.texts(item, "units", where), benchmarked,
					file.text(item, "title", null, where), file.text(item, "note", "", where),
					file.number(item, "fewest", 2, where)));
		}
		return new FigureCatalog(entries);
	}

	/** The brief's figures, numbered in order. */
	List<FigureView> figures(BriefContext brief) {
		List<FigureView> figures = new ArrayList<>();
		for (Entry entry : this.entries) {
			switch (entry.chart()) {
				case "regions" -> regions(brief, entry, figures);
				case "region" -> perRegion(brief, entry, figures, (region) -> ownFigures(brief, entry, region));
				default -> perRegion(brief, entry, figures, (region) -> benchmarked(brief, entry, region));
			}
		}
		List<FigureView> numbered = new ArrayList<>();
		for (FigureView figure : figures) {
			numbered.add(figure.numbered(brief.words().get("figure.caption", numbered.size() + 1, figure.title())));
		}
		return numbered;
	}

	/** One chart per indicator that two or more regions report in comparable scope. */
	private static void regions(BriefContext brief, Entry entry, List<FigureView> figures) {
		for (Map.Entry<String, List<Fact>> row : brief.facts().comparable().entrySet()) {
			if (!entry.indicators().contains("comparable") && !entry.indicators().contains(row.getKey())) {
				continue;
			}
			IndicatorDefinition indicator = brief.indicator(row.getKey());
			List<Bar> bars = row.getValue().stream().map((fact) -> bar(fact.region().name(), fact, fact.value().value(),
					fact.number())).toList();
			List<String> absent = brief.regions()
				.stream()
				.filter((region) -> row.getValue().stream().noneMatch((fact) -> fact.region() == region))
				.map(RegionView::name)
				.toList();
			BriefLanguage language = brief.language();
			String note = brief.words().getOrDefault(entry.note(), "");
			if (!absent.isEmpty()) {
				note = (note + " " + brief.words().get("figure.absent", language.names(absent))).strip();
			}
			add(figures, entry, new FigureView(entry.id() + "-" + row.getKey().replace('_', '-'), "",
					brief.words().get(entry.title(), language.indicatorName(row.getKey()), language.unitName(indicator.unit())),
					brief.words().get("figure.axis.value", language.unitName(indicator.unit())), note, null, bars,
					row.getValue()));
		}
	}

	private static void perRegion(BriefContext brief, Entry entry, List<FigureView> figures,
			java.util.function.Function<RegionView, List<Placed>> make) {
		List<RegionView> regions = brief.regional() ? List.of(brief.focus()) : brief.regions();
		for (RegionView region : regions) {
			List<Placed> placed = make.apply(region);
			List<Bar> bars = placed.stream().map(Placed::bar).toList();
			String axis = "benchmark".equals(entry.chart()) ? brief.words().get("figure.axis.index")
					: brief.words().get("figure.axis.value", String.join(" ", entry.units()));
			add(figures, entry, new FigureView(entry.id() + "-" + region.code().toLowerCase(java.util.Locale.ROOT), "",
					brief.words().get(entry.title(), region.name(), String.join(" ", entry.units())), axis,
					brief.words().getOrDefault(entry.note(), ""), "benchmark".equals(entry.chart()) ? 100.0 : null,
					bars, placed.stream().map(Placed::fact).toList()));
		}
	}

	/** A region's own figures: the listed indicators, or every observed one in the listed units. */
	private static List<Placed> ownFigures(BriefContext brief, Entry entry, RegionView region) {
		List<Placed> placed = new ArrayList<>();
		for (Fact fact : brief.facts().of(region)) {
			IndicatorDefinition indicator = brief.indicator(fact.indicator());
			boolean listed = entry.indicators().contains(fact.indicator())
					|| (!fact.derived() && entry.units().contains(indicator.unit()));
			if (listed) {
				placed.add(new Placed(bar(label(brief, fact.name(), fact), fact, fact.value().value(), fact.quantity()),
						fact));
			}
		}
		return placed;
	}

	/** A region's values as indices against the benchmark each names (benchmark = 100). */
	private static List<Placed> benchmarked(BriefContext brief, Entry entry, RegionView region) {
		List<Placed> placed = new ArrayList<>();
		for (Benchmarked item : entry.benchmarked()) {
			Optional<Fact> found = brief.facts().find(region.code(), item.code());
			if (found.isEmpty() || found.get().benchmark()) {
				continue;
			}
			Fact fact = found.get();
			double value = fact.value().value();
			double index = switch (item.as()) {
				case "ratio" -> value * 100;
				case "premium" -> 100 + value;
				case "reduction" -> 100 - value;
				default -> value;
			};
			Qualifier qualifier = Qualifier.fromSymbol(fact.value().qualifier()).orElse(Qualifier.EXACT);
			if ("reduction".equals(item.as())) {
				qualifier = reversed(qualifier);
			}
			ValueFormatter.Shown shown = brief.language().format().value(index, qualifier, 0, "");
			String against = against(brief, item, fact);
			String name = item.label().isEmpty() ? fact.name() : brief.words().get(item.label());
			placed.add(new Placed(bar(label(brief, brief.words().get("figure.benchmark.label", name, against), fact),
					fact, index, shown.text()), fact));
		}
		return placed;
	}

	/** A bound subtracted from 100 bounds the other way: a cut of more than 60 leaves less than 40. */
	private static Qualifier reversed(Qualifier qualifier) {
		return switch (qualifier) {
			case GREATER_THAN -> Qualifier.LESS_THAN;
			case AT_LEAST -> Qualifier.AT_MOST;
			case LESS_THAN -> Qualifier.GREATER_THAN;
			case AT_MOST -> Qualifier.AT_LEAST;
			default -> qualifier;
		};
	}

	private static String against(BriefContext brief, Benchmarked item, Fact fact) {
		if (item.against().startsWith("region")) {
			String code = item.against().substring("region".length()).strip();
			if (code.isEmpty()) {
				code = brief.indicator(fact.indicator()).benchmarkRegion();
			}
			return brief.words().get("figure.benchmark.region", brief.language().regionName(code));
		}
		return brief.words().get(item.against());
	}

	/** A bar's label: the name, and what the value covers when that is less than the region. */
	private static String label(BriefContext brief, String name, Fact fact) {
		return fact.wholeRegion() ? name : brief.words().get("figure.bar.scoped", name, fact.scope());
	}

	private static Bar bar(String label, Fact fact, double value, String text) {
		RegionView region = fact.region();
		return new Bar(label, region.code(), region.index(), region.colour(), value, text, null);
	}

	private static void add(List<FigureView> figures, Entry entry, FigureView figure) {
		if (figure.bars().size() >= Math.max(1, entry.fewest())) {
			figures.add(figure);
		}
	}

	/** A bar with the fact it shows. */
	private record Placed(Bar bar, Fact fact) {
	}

}
