package org.policybriefs.render.model;

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

import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.RegionComparison;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;
import org.policybriefs.render.model.BriefViews.Cell;
import org.policybriefs.render.model.BriefViews.KeyFigure;
import org.policybriefs.render.model.BriefViews.RegionView;

/**
 * What the sections of one brief are built from: the run's data, the brief's language and words,
 * the regions it compares (its own region first in a regional brief), and each region's value of
 * each indicator as the brief prints it. Worked out once per brief; nothing here knows a region or
 * an indicator by its code.
 */
public final class BriefContext {

	/** Okabe–Ito: distinguishable with the common colour-vision deficiencies; one colour per region, in every chart and table. */
	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#000000");

	private final RunData data;

	private final BriefRequest request;

	private final BriefWords words;

	private final BriefSettings settings;

	private final ValueFormatter format;

	private final List<RegionView> regions;

	private final RegionView focus;

	private final Map<String, String> regionNames = new HashMap<>();

	private final Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();

	private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();

	private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();

	private final Map<String, List<KeyFigure>> keyFigures = new LinkedHashMap<>();

	BriefContext(RunData data, BriefRequest request, BriefWords words, BriefSettings settings) {
		this.data = data;
		this.request = request;
		this.words = words;
		this.settings = settings;
		this.format = new ValueFormatter(words.locale());
		boolean chinese = words.chinese();
		data.sources().forEach((source) -> this.sourceNumbers.put(source.id(), this.sourceNumbers.size() + 1));
		data.indicators().forEach((indicator) -> this.indicators.put(indicator.code(), indicator));
		data.regions().forEach((region) -> this.regionNames.put(region.code(), chinese ? region.nameZh() : region.nameEn()));
		List<Region> compared = (request.focus() != null)
				? data.comparedWith(request.focus(), settings.peers(), settings.referenceRegion()) : data.regions();
		List<RegionView> views = new ArrayList<>();
		for (Region region : compared) {
			views.add(RegionView.of(region, views.size(), PALETTE.get(views.size() % PALETTE.size()), chinese));
		}
		this.regions = List.copyOf(views);
		this.focus = (request.focus() == null) ? null
				: this.regions.stream()
					.filter((region) -> region.code().equals(request.focus()))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No region '" + request.focus()
							+ "' in regions.csv for brief " + request.briefId()));
		MissingReasons reasons = new MissingReasons(words, this::indicatorName, this::regionName);
		this.regions.forEach((region) -> this.keyFigures.put(region.code(), new ArrayList<>()));
		for (IndicatorDefinition indicator : data.indicators()) {
			List<Cell> row = new ArrayList<>();
			for (RegionView region : this.regions) {
				IndicatorValue value = data.latest().get(RunData.key(region.code(), indicator.code()));
				Cell cell = cell(region.code(), indicator, value, reasons);
				row.add(cell);
				this.cells.computeIfAbsent(region.code(), (k) -> new LinkedHashMap<>()).put(indicator.code(), cell);
			}
			// Standings are among all regions of the run, worked out once per run.
			Map<String, RegionComparison.Standing> standings = data.standings().get(indicator.code());
			for (Cell cell : row) {
				if (!cell.missing() && !indicator.isDerived()) {
					this.keyFigures.get(cell.region())
						.add(new KeyFigure(indicator.code(), indicatorName(indicator.code()), cell.text(),
								unitName(indicator), cell.notes(), standing(standings.get(cell.region()))));
				}
			}
		}
	}

	public RunData data() {
		return this.data;
	}

	public BriefRequest request() {
		return this.request;
	}

	public BriefWords words() {
		return this.words;
	}

	public BriefSettings settings() {
		return this.settings;
	}

	public ValueFormatter format() {
		return this.format;
	}

	/** The as-of date in the brief's language. */
	public String asOfText() {
		return date(this.request.asOf(), this.words.locale());
	}

	/** A date as the brief writes it: "November 27, 2026", "2026年11月27日". */
	public String dateText(LocalDate date) {
		return date(date, this.words.locale());
	}

	public boolean chinese() {
		return this.words.chinese();
	}

	/** The regions the brief compares, in regions.csv order. */
	public List<RegionView> regions() {
		return this.regions;
	}

	/** The regions with the brief's own region first (all regions in order for the comparative brief). */
	public List<RegionView> regionsFocusFirst() {
		if (this.focus == null) {
			return this.regions;
		}
		List<RegionView> ordered = new ArrayList<>(List.of(this.focus));
		this.regions.stream().filter((region) -> region != this.focus).forEach(ordered::add);
		return ordered;
	}

	public boolean regional() {
		return this.focus != null;
	}

	/** The region of a regional brief; null in the comparative brief. */
	public RegionView focus() {
		return this.focus;
	}

	/** The other regions' names as one phrase: "Shanghai and Beijing". */
	public String others() {
		return String.join(this.words.get("list.separator"),
				this.regions.stream().filter((region) -> region != this.focus).map(RegionView::name).toList());
	}

	public Map<String, Map<String, Cell>> cells() {
		return this.cells;
	}

	public Map<String, List<KeyFigure>> keyFigures() {
		return this.keyFigures;
	}

	public Map<String, IndicatorDefinition> indicators() {
		return this.indicators;
	}

	public Map<String, Integer> sourceNumbers() {
		return this.sourceNumbers;
	}

	public String indicatorName(String code) {
		IndicatorDefinition indicator = this.indicators.get(code);
		if (indicator == null) {
			return code;
		}
		return chinese() ? indicator.nameZh() : indicator.nameEn();
	}

	public String regionName(String code) {
		return this.regionNames.getOrDefault(code, code);
	}

	/** The unit as the brief's language names it. */
	public String unitName(IndicatorDefinition indicator) {
		return this.words.getOrDefault("unit." + indicator.unit(), indicator.unit());
	}

	/** "1 of 2" and "0.33× Beijing", or empty text where a region is not ranked or there is no reference value. */
	private String standing(RegionComparison.Standing standing) {
		List<String> parts = new ArrayList<>();
		if (standing.rank() > 0 && standing.ranked() > 1) {
			parts.add(this.words.get("comparison.rank", standing.rank(), standing.ranked()));
		}
		String reference = this.settings.referenceRegion();
		if (standing.toReference() != null && !standing.region().equals(reference)) {
			parts.add(this.words.get("comparison.toReference", this.format.number(standing.toReference(), 2),
					regionName(reference)));
		}
		return String.join(" · ", parts);
	}

	private Cell cell(String region, IndicatorDefinition indicator, IndicatorValue value, MissingReasons reasons) {
		if (value == null || !value.hasValue()) {
			String reason = reasons.describe(indicator.code(), this.data.period(),
					(value != null) ? value.missing() : null);
			return new Cell(region, this.words.get("value.missing"), this.words.get("value.missing"), null, false, true,
					reason, List.of(), null);
		}
		List<Integer> notes = value.sources().stream().map(this.sourceNumbers::get).filter(Objects::nonNull).toList();
		ValueFormatter.Shown shown = this.format.value(value.value(), value.qualifier(), indicator.decimals(),
				indicator.unit());
		return new Cell(region, shown.text(), this.words.get(proseKey(shown), shown.number()), value.value(), false,
				false, null, notes, value.quote());
	}

	/** The message key that puts a number into words with its qualifier: "more than 2.8". */
	private static String proseKey(ValueFormatter.Shown shown) {
		return switch (shown.qualifier()) {
			case EXACT -> "qualifier.eq";
			case APPROXIMATE -> "qualifier.approx";
			case GREATER_THAN -> "qualifier.gt";
			case AT_LEAST -> "qualifier.ge";
			case LESS_THAN -> "qualifier.lt";
			case AT_MOST -> "qualifier.le";
		};
	}

	private static String date(LocalDate date, Locale locale) {
		if ("zh".equals(locale.getLanguage())) {
			return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
		}
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	/**
	 * Marks the best value of a row: rank 1 among the comparable (whole-region) values, where a
	 * higher or lower value is better and at least two comparable values are ranked.
	 */
	static List<Cell> markBest(List<Cell> cells, Map<String, RegionComparison.Standing> standings) {
		return cells.stream().map((c) -> {
			RegionComparison.Standing standing = (standings != null) ? standings.get(c.region()) : null;
			return (standing != null && standing.rank() == 1 && standing.ranked() >= 2) ? c.asBest() : c;
		}).toList();
	}

}
