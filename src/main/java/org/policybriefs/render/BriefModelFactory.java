package org.policybriefs.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.policybriefs.indicators.Formula;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.indicators.RegionComparison;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.Source;
import org.policybriefs.render.BriefViews.Category;
import org.policybriefs.render.BriefViews.Cell;
import org.policybriefs.render.BriefViews.DerivedView;
import org.policybriefs.render.BriefViews.FigureView;
import org.policybriefs.render.BriefViews.KeyFigure;
import org.policybriefs.render.BriefViews.QualityLine;
import org.policybriefs.render.BriefViews.RegionView;
import org.policybriefs.render.BriefViews.RejectLine;
import org.policybriefs.render.BriefViews.Row;
import org.policybriefs.render.BriefViews.SourceView;

import org.springframework.stereotype.Component;

/**
 * Builds what a brief template reads from the run's data: regions, the comparison table by
 * category with the best value marked, key figures per region, the methodology, the
 * data-quality note and the numbered sources. Nothing here knows a region by its code.
 */
@Component
class BriefModelFactory {

	/** Okabe–Ito: distinguishable with the common colour-vision deficiencies; one colour per region, in every chart and table. */
	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#000000");

	private final IngestedData ingested;

	private final IndicatorValues values;

	private final RenderProperties properties;

	BriefModelFactory(IngestedData ingested, IndicatorValues values, RenderProperties properties) {
		this.ingested = ingested;
		this.values = values;
		this.properties = properties;
	}

	/** The data shared by every brief of a run, read once. */
	RunData load(long instance) {
		return RunData.of(this.ingested.regions(instance), this.ingested.indicators(instance),
				this.ingested.sources(instance), this.values.findAll(instance),
				this.ingested.reconciliations(instance).stream()
					.map((r) -> new QualityLine(r.file(), r.read(), r.loaded(), r.rejected()))
					.toList(),
				this.ingested.rejectedRows(instance).stream()
					.map((r) -> new RejectLine(r.file(), r.line(), r.column(), r.value(), r.reason()))
					.toList(),
				this.properties.referenceRegion());
	}

	Map<String, Object> build(RunData data, BriefRequest request, Messages messages) {
		Locale locale = request.locale();
		boolean chinese = "zh".equals(locale.getLanguage());
		ValueFormat format = new ValueFormat(locale);
		String period = data.period();
		Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
		data.sources().forEach((source) -> sourceNumbers.put(source.id(), sourceNumbers.size() + 1));

		List<RegionView> regions = new ArrayList<>();
		List<Region> compared = (request.focus() != null)
				? data.comparedWith(request.focus(), this.properties.peers(), this.properties.referenceRegion())
				: data.regions();
		for (Region region : compared) {
			Map<String, String> a = region.attributes();
			int index = regions.size();
			regions.add(new RegionView(region.code(), chinese ? region.nameZh() : region.nameEn(), region.nameEn(),
					region.nameZh(), chinese ? region.strategyZh() : region.strategyEn(),
					a.getOrDefault(chinese ? "lever_zh" : "lever_en", ""),
					a.getOrDefault(chinese ? "constraint_zh" : "constraint_en", ""),
					a.getOrDefault(chinese ? "anxiety_zh" : "anxiety_en", ""),
					a.getOrDefault(chinese ? "applications_zh" : "applications_en", ""), a.getOrDefault("quote", ""),
					a.getOrDefault("headline", ""), index, PALETTE.get(index % PALETTE.size())));
		}
		RegionView focus = null;
		if (request.focus() != null) {
			focus = regions.stream()
				.filter((region) -> region.code().equals(request.focus()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No region '" + request.focus()
						+ "' in regions.csv for brief " + request.briefId()));
		}
		Map<String, String> regionNames = new HashMap<>();
		data.regions().forEach((region) -> regionNames.put(region.code(), chinese ? region.nameZh() : region.nameEn()));
		MissingReasons reasons = new MissingReasons(messages, (code) -> indicatorName(data, code, chinese),
				(code) -> regionNames.getOrDefault(code, code));

		Map<String, Map<String, Cell>> cellsByRegion = new LinkedHashMap<>();
		Map<String, List<Row>> rowsByCategory = new LinkedHashMap<>();
		List<DerivedView> derived = new ArrayList<>();
		Map<String, List<KeyFigure>> keyFigures = new LinkedHashMap<>();
		regions.forEach((region) -> keyFigures.put(region.code(), new ArrayList<>()));
		for (IndicatorDefinition indicator : data.indicators()) {
			String name = chinese ? indicator.nameZh() : indicator.nameEn();
			String unit = messages.asMap().getOrDefault("unit." + indicator.unit(), indicator.unit());
			List<Cell> cells = new ArrayList<>();
			for (RegionView region : regions) {
				IndicatorValue value = data.latest().get(RunData.key(region.code(), indicator.code()));
				Cell cell = cell(region.code(), indicator, value, period, format, sourceNumbers, messages, reasons);
				cells.add(cell);
				cellsByRegion.computeIfAbsent(region.code(), (k) -> new LinkedHashMap<>()).put(indicator.code(), cell);
			}
			// Standings are among all regions of the run, worked out once per run.
			Map<String, RegionComparison.Standing> standings = data.standings().get(indicator.code());
			for (Cell cell : cells) {
				if (!cell.missing() && !indicator.isDerived()) {
					keyFigures.get(cell.region())
						.add(new KeyFigure(indicator.code(), name, cell.text(), unit, cell.notes(),
								standing(standings.get(cell.region()), regionNames, format, messages)));
				}
			}
			cells = markBest(cells, standings);
			String description = indicator.attributes().getOrDefault(chinese ? "description_zh" : "description_en", "");
			boolean shown = (focus == null) ? cells.stream().anyMatch((cell) -> !cell.missing())
					: !cellsByRegion.get(focus.code()).get(indicator.code()).missing();
			if (shown) {
				rowsByCategory.computeIfAbsent(indicator.category(), (k) -> new ArrayList<>())
					.add(new Row(indicator.code(), name, unit, indicator.kind(), indicator.direction(), cells,
							description));
			}
			if (indicator.isDerived()) {
				Formula formula = data.formulas().get(indicator.code());
				derived.add(new DerivedView(indicator.code(), name, unit, indicator.formula(),
						formula.toWords((code) -> indicatorName(data, code, chinese)), description));
			}
		}
		List<Category> categories = rowsByCategory.entrySet()
			.stream()
			.map((entry) -> new Category(entry.getKey(), messages.get("category." + entry.getKey()), entry.getValue()))
			.toList();
		List<SourceView> sources = data.sources()
			.stream()
			.map((s) -> new SourceView(sourceNumbers.get(s.id()), s.id(),
					chinese ? s.attributes().getOrDefault("title_zh", s.title()) : s.title(),
					chinese ? s.attributes().getOrDefault("publisher_zh", s.publisher()) : s.publisher(),
					s.published(), s.url()))
			.toList();

		Map<String, IndicatorDefinition> catalog = new LinkedHashMap<>();
		data.indicators().forEach((indicator) -> catalog.put(indicator.code(), indicator));
		List<FigureView> figures = new FigureCatalog(regions, cellsByRegion, catalog, messages, format, chinese)
			.figures();

		Map<String, Object> model = new LinkedHashMap<>();
		model.put("briefId", request.briefId());
		model.put("baseName", request.baseName());
		model.put("focus", (focus != null) ? focus : "");
		model.put("figures", figures);
		model.put("locale", locale.toLanguageTag());
		model.put("asOf", request.asOf().toString());
		model.put("asOfText", formatDate(request.asOf(), locale));
		model.put("period", period);
		model.put("series", this.properties.series());
		model.put("author", this.properties.author());
		model.put("regions", regions);
		model.put("categories", categories);
		model.put("values", cellsByRegion);
		model.put("keyFigures", keyFigures);
		model.put("derived", derived);
		model.put("sources", sources);
		model.put("quality", data.quality());
		model.put("rejects", data.rejects());
		return model;
	}

	/** "1 of 2" and "0.33× Beijing", or empty text where a region is not ranked or there is no reference value. */
	private String standing(RegionComparison.Standing standing, Map<String, String> regionNames, ValueFormat format,
			Messages messages) {
		List<String> parts = new ArrayList<>();
		if (standing.rank() > 0 && standing.ranked() > 1) {
			parts.add(messages.get("comparison.rank", standing.rank(), standing.ranked()));
		}
		String reference = this.properties.referenceRegion();
		if (standing.toReference() != null && !standing.region().equals(reference)) {
			parts.add(messages.get("comparison.toReference", format.number(standing.toReference(), 2),
					regionNames.getOrDefault(reference, reference)));
		}
		return String.join(" · ", parts);
	}

	private Cell cell(String region, IndicatorDefinition indicator, IndicatorValue value, String period,
			ValueFormat format, Map<String, Integer> sourceNumbers, Messages messages, MissingReasons reasons) {
		if (value == null || !value.hasValue()) {
			String reason = reasons.describe(indicator.code(), period, (value != null) ? value.missing() : null);
			return new Cell(region, messages.get("value.missing"), messages.get("value.missing"), null, false, true, reason,
					List.of(), null);
		}
		List<Integer> notes = value.sources().stream().map(sourceNumbers::get).filter(Objects::nonNull).toList();
		String number = format.number(value.value(), indicator.decimals());
		return new Cell(region, ValueFormat.sign(value.qualifier()) + number,
				messages.get(ValueFormat.proseKey(value.qualifier()), number), value.value(), false, false, null, notes,
				value.quote());
	}

	/** Best only among comparable values (whole-region figures), and only where at least two are ranked. */
	private static List<Cell> markBest(List<Cell> cells, Map<String, RegionComparison.Standing> standings) {
		return cells.stream().map((c) -> {
			RegionComparison.Standing standing = standings.get(c.region());
			return (standing != null && standing.rank() == 1 && standing.ranked() >= 2) ? c.asBest() : c;
		}).toList();
	}

	private static String indicatorName(RunData data, String code, boolean chinese) {
		return data.indicators()
			.stream()
			.filter((indicator) -> indicator.code().equals(code))
			.map((indicator) -> chinese ? indicator.nameZh() : indicator.nameEn())
			.findFirst()
			.orElse(code);
	}

	private static String formatDate(LocalDate date, Locale locale) {
		if ("zh".equals(locale.getLanguage())) {
			return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
		}
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

}
