package org.policybriefs.render.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.render.model.BriefViews.Bar;
import org.policybriefs.render.model.BriefViews.Cell;
import org.policybriefs.render.model.BriefViews.FigureView;
import org.policybriefs.render.model.BriefViews.RegionView;

/**
 * The figures of a brief, chosen to be honest with sparse data: each bar is one reported (or
 * derived) value of one region, drawn in that region's colour and labelled with the region's
 * name, so nothing is interpolated and no region is compared on a figure it did not report.
 * A figure with no value at all is left out; a region without a value is named beneath it.
 */
final class FigureCatalog {

	/** How a value is set against a benchmark of 100 for the cost figure. */
	private record CostLevel(String indicator, String nameKey, String benchmarkKey, DoubleUnaryOperator toIndex) {
	}

	private static final List<CostLevel> COST_LEVELS = List.of(
			new CostLevel("electricity_price_ratio_bj", "figure.cost.electricity", "figure.cost.vsBeijing",
					(v) -> v * 100),
			new CostLevel("cooling_cost_index", "figure.cost.cooling", "figure.cost.vsConventional", (v) -> v),
			new CostLevel("training_cost_index", "figure.cost.training", "figure.cost.vsBeijing", (v) -> v * 100),
			new CostLevel("domestic_chip_cost_premium", "figure.cost.chips", "figure.cost.vsImported", (v) -> 100 + v));

	private final List<RegionView> regions;

	private final Map<String, Map<String, Cell>> cells;

	private final Map<String, IndicatorDefinition> indicators;

	private final BriefWords messages;

	private final ValueFormatter format;

	private final boolean chinese;

	FigureCatalog(List<RegionView> regions, Map<String, Map<String, Cell>> cells,
			Map<String, IndicatorDefinition> indicators, BriefWords messages, ValueFormatter format, boolean chinese) {
		this.regions = regions;
		this.cells = cells;
		this.indicators = indicators;
		this.messages = messages;
		this.format = format;
		this.chinese = chinese;
	}

	List<FigureView> figures() {
		List<FigureView> figures = new ArrayList<>();
		add(figures, centres());
		add(figures, costs());
		add(figures, shares());
		List<FigureView> numbered = new ArrayList<>();
		for (FigureView figure : figures) {
			String caption = this.messages.get("figure.caption", numbered.size() + 1, figure.title());
			numbered.add(new FigureView(figure.id(), caption, figure.title(), figure.axis(), figure.note(),
					figure.reference(), figure.bars(), figure.gaps(), figure.notes()));
		}
		return numbered;
	}

	/** Intelligent computing centres per region, with the capacity where it is reported. */
	private FigureView centres() {
		List<Bar> bars = new ArrayList<>();
		List<Bar> gaps = new ArrayList<>();
		Set<Integer> notes = new LinkedHashSet<>();
		for (RegionView region : this.regions) {
			Cell centres = cell(region, "computing_centers");
			if (centres == null || centres.missing()) {
				gaps.add(gap(region.name(), region, centres));
				continue;
			}
			String text = centres.text();
			Cell capacity = cell(region, "compute_capacity");
			if (capacity != null && !capacity.missing()) {
				text = this.messages.get("figure.centres.label", centres.text(), capacity.text());
				notes.addAll(capacity.notes());
			}
			notes.addAll(centres.notes());
			bars.add(bar(region.name(), region, centres.value(), text));
		}
		return new FigureView("centres", "", this.messages.get("figure.centres.title"),
				this.messages.get("figure.centres.axis"), this.messages.get("figure.centres.note"), null, bars, gaps,
				List.copyOf(notes));
	}

	/** Cost levels set against the benchmark each source names (Beijing, conventional cooling, imported chips). */
	private FigureView costs() {
		List<Bar> bars = new ArrayList<>();
		Set<Integer> notes = new LinkedHashSet<>();
		for (CostLevel level : COST_LEVELS) {
			for (RegionView region : this.regions) {
				Cell cell = cell(region, level.indicator());
				if (cell == null || cell.missing()) {
					continue;
				}
				double index = level.toIndex().applyAsDouble(cell.value());
				String sign = signOf(cell.text());
				String label = this.messages.get("figure.cost.label", region.name(), this.messages.get(level.nameKey()),
						this.messages.get(level.benchmarkKey()));
				bars.add(bar(label, region, index, sign + this.format.number(index, 0)));
				notes.addAll(cell.notes());
			}
		}
		return new FigureView("costs", "", this.messages.get("figure.cost.title"), this.messages.get("figure.cost.axis"),
				this.messages.get("figure.cost.note"), 100.0, bars, List.of(), List.copyOf(notes));
	}

	/** Every observed percentage a region reports, grouped by region: shares, rates, gains. */
	private FigureView shares() {
		List<Bar> bars = new ArrayList<>();
		Set<Integer> notes = new LinkedHashSet<>();
		List<Bar> gaps = new ArrayList<>();
		for (RegionView region : this.regions) {
			int before = bars.size();
			for (IndicatorDefinition indicator : this.indicators.values()) {
				if (indicator.isDerived() || !"%".equals(indicator.unit())) {
					continue;
				}
				Cell cell = cell(region, indicator.code());
				if (cell != null && !cell.missing()) {
					bars.add(bar(this.messages.get("figure.shares.label", region.name(), name(indicator.code())), region,
							cell.value(), cell.text() + "%"));
					notes.addAll(cell.notes());
				}
			}
			if (bars.size() == before) {
				gaps.add(gap(region.name(), region, null));
			}
		}
		return new FigureView("shares", "", this.messages.get("figure.shares.title"),
				this.messages.get("figure.shares.axis"), this.messages.get("figure.shares.note"), null, bars, gaps,
				List.copyOf(notes));
	}

	/** The qualifier sign a formatted value starts with ("&gt;" of "&gt;2.8"), or the empty string. */
	private static String signOf(String text) {
		for (String sign : List.of("≥", "≤", ">", "<", "≈")) {
			if (text.startsWith(sign)) {
				return sign;
			}
		}
		return "";
	}

	private static void add(List<FigureView> figures, FigureView figure) {
		if (!figure.bars().isEmpty()) {
			figures.add(figure);
		}
	}

	private Cell cell(RegionView region, String indicator) {
		Map<String, Cell> byIndicator = this.cells.get(region.code());
		return (byIndicator != null) ? byIndicator.get(indicator) : null;
	}

	private String name(String indicator) {
		IndicatorDefinition definition = this.indicators.get(indicator);
		if (definition == null) {
			return indicator;
		}
		return this.chinese ? definition.nameZh() : definition.nameEn();
	}

	private static Bar bar(String label, RegionView region, Double value, String text) {
		return new Bar(label, region.code(), region.index(), region.colour(), value, text, null);
	}

	private Bar gap(String label, RegionView region, Cell cell) {
		String reason = (cell != null && cell.reason() != null) ? cell.reason()
				: this.messages.get("figure.notReported");
		return new Bar(label, region.code(), region.index(), region.colour(), null, null, reason);
	}

}
