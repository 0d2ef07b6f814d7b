package org.policybriefs.render.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.Formula;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.NumberStyle;
import org.policybriefs.indicators.MissingReason;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.Reference;
import org.policybriefs.indicators.Scope;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;
import org.policybriefs.render.model.BriefViews.RegionView;

/**
 * What the sections of one brief are built from: the run's data and catalogs, the brief's
 * language and words, the regions it compares (a regional brief's own region first), and every
 * figure it states, as {@link Fact}s numbered in the order of the evidence annex. In a regional
 * brief the facts are its region's own and the other regions' figures that are comparable with
 * one of them. Worked out once per brief; nothing here knows a region or an indicator by its code.
 */
public final class BriefContext {

	/** Okabe–Ito: distinguishable with the common colour-vision deficiencies; one colour per region, in every chart and table. */
	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#000000");

	private final RunData data;

	private final Catalogs catalogs;

	private final BriefRequest request;

	private final BriefWords words;

	private final BriefSettings settings;

	private final ValueFormatter format;

	private final UnitWords units;

	private final BriefDates dates;

	private final List<RegionView> regions;

	private final RegionView focus;

	private final Map<String, String> regionNames = new HashMap<>();

	private final Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();

	private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();

	private final List<Fact> facts = new ArrayList<>();

	private final Map<String, Fact> factsByKey = new HashMap<>();

	private final List<Gap> gaps = new ArrayList<>();

	private final Map<String, List<Fact>> comparable = new LinkedHashMap<>();

	private final QuoteScript quotes;

	BriefContext(RunData data, Catalogs catalogs, BriefRequest request, BriefWords words, BriefSettings settings,
			QuoteScript quotes) {
		this.data = data;
		this.catalogs = catalogs;
		this.request = request;
		this.words = words;
		this.settings = settings;
		this.units = new UnitWords((key) -> words.getOrDefault(key, null));
		// Chinese numbers by ICU: money rescaled to 亿元, 万亿元; other languages' digits as the JDK writes them
		this.format = new ValueFormatter(words.chinese() ? new ChineseNumberStyle(words.locale(), this.units)
				: NumberStyle.of(words.locale()));
		this.dates = new BriefDates(words.locale(), (key) -> words.getOrDefault(key, null));
		this.quotes = quotes;
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
		this.focus = (request.focus() == null) ? null
				: views.stream()
					.filter((region) -> region.code().equals(request.focus()))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No region '" + request.focus()
							+ "' in regions.csv for brief " + request.briefId()));
		if (this.focus != null) {
			views.remove(this.focus);
			views.add(0, this.focus);
		}
		this.regions = List.copyOf(views);
		collectFacts();
	}

	private void collectFacts() {
		Map<String, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
		for (IndicatorDefinition indicator : this.indicators.values()) {
			List<IndicatorValue> present = new ArrayList<>();
			for (RegionView region : this.regions) {
				IndicatorValue value = this.data.latest().get(RunData.key(region.code(), indicator.code()));
				if (value == null) {
					continue;
				}
				if (value.hasValue()) {
					present.add(value);
				}
				else if (value.missing() != null) {
					this.gaps.add(new Gap(region, indicator.code(), value.missing()));
				}
			}
			byIndicator.put(indicator.code(), present);
		}
		// the values the brief states: all of them, or a regional brief's own and those comparable with one of its own
		List<IndicatorValue> stated = new ArrayList<>();
		for (RegionView region : this.regions) {
			for (List<IndicatorValue> present : byIndicator.values()) {
				IndicatorValue own = present.stream()
					.filter((value) -> value.region().equals(region.code()))
					.findFirst()
					.orElse(null);
				if (own == null) {
					continue;
				}
				if (this.focus == null || region == this.focus) {
					stated.add(own);
					continue;
				}
				IndicatorValue focusValue = present.stream()
					.filter((value) -> value.region().equals(this.focus.code()))
					.findFirst()
					.orElse(null);
				if (focusValue != null && own.comparableWith(focusValue)) {
					stated.add(own);
				}
			}
		}
		for (IndicatorValue value : stated) {
			Fact fact = fact("E" + (this.facts.size() + 1), value);
			this.facts.add(fact);
			this.factsByKey.put(RunData.key(value.region(), value.indicator()), fact);
		}
		for (IndicatorDefinition indicator : this.indicators.values()) {
			List<Fact> row = new ArrayList<>();
			for (RegionView region : this.regions) {
				fact(region.code(), indicator.code()).ifPresent(row::add);
			}
			List<Fact> alike = row.stream().filter((fact) -> !row.isEmpty() && fact.comparableWith(row.get(0))).toList();
			boolean withFocus = this.focus == null
					|| alike.stream().anyMatch((fact) -> fact.region() == this.focus);
			if (alike.size() >= 2 && withFocus) {
				this.comparable.put(indicator.code(), alike);
			}
		}
	}

	private Fact fact(String id, IndicatorValue value) {
		IndicatorDefinition indicator = this.indicators.get(value.indicator());
		RegionView region = region(value.region()).orElseThrow();
		ValueFormatter.Shown shown = this.format.value(value.value(), value.qualifier(), indicator.decimals(),
				indicator.unit());
		// the qualifier's sign before the whole amount: ">CNY 0.1 bn", not "CNY >0.1 bn"
		String quantity = shown.sign() + quantity(shown.number(), shown.unit(), indicator.code());
		String prose = this.words.get(proseKey(shown.qualifier()), quantity(shown.number(), shown.unit(),
				indicator.code()));
		if (value.benchmark()) {
			quantity = this.words.get("value.benchmark", quantity);
			prose = this.words.get("value.benchmark", prose);
		}
		List<Integer> notes = value.sources().stream().map(this.sourceNumbers::get).filter(Objects::nonNull).toList();
		String formula = "";
		if (indicator.isDerived()) {
			formula = this.data.formulas().get(indicator.code()).toWords(this::indicatorName, this::regionName);
		}
		String quote = (value.quote() != null) ? quote(value.quote()) : "";
		String translation = (chinese() || value.quoteEn() == null) ? "" : value.quoteEn();
		// a value computed for one region from another's scoped figures does not describe that scope: it rests on it
		String scope = scope(value.scope());
		if (!scope.isEmpty() && indicator.isDerived() && !indicator.region().isEmpty()) {
			scope = this.words.get("scope.fromFiguresOf", scope);
		}
		return new Fact(id, region, indicator.code(), indicatorName(indicator.code()), value, shown.qualifier(),
				shown.text(), quantity, prose, unitName(shown.unit()), scope,
				"assumed".equals(value.periodBasis()), indicator.isDerived(), formula, notes, quote, translation,
				changeOf(value));
	}

	/**
	 * A number with its unit, as the brief's language writes the unit: "12%", "&gt;2.8 EFLOPS", "52亿元",
	 * "2000家"; a bundle's {@code quantity.<unit>} pattern where it has one, else the unit's label
	 * after the number, never to be split from it.
	 */
	String quantity(String number, String unit, String indicator) {
		String label = unitName(unit);
		for (String key : List.of("quantity." + unit + "." + indicator, "quantity." + unit)) {
			if (this.words.has(key)) {
				return this.words.get(key, number, label);
			}
		}
		return UnitWords.join(number, label);
	}

	/** The message key that puts a quantity into words with its qualifier: "more than 2.8 EFLOPS". */
	static String proseKey(Qualifier qualifier) {
		return switch (qualifier) {
			case EXACT -> "qualifier.eq";
			case APPROXIMATE -> "qualifier.approx";
			case GREATER_THAN -> "qualifier.gt";
			case AT_LEAST -> "qualifier.ge";
			case LESS_THAN -> "qualifier.lt";
			case AT_MOST -> "qualifier.le";
		};
	}

	/** A source's words as the brief shows quotes (in Simplified characters in a Chinese brief, where the seam converts them). */
	public String quote(String original) {
		return this.quotes.forReader(original, this.words.locale());
	}

	public RunData data() {
		return this.data;
	}

	public Catalogs catalogs() {
		return this.catalogs;
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

	public boolean chinese() {
		return this.words.chinese();
	}

	/** The as-of date in the brief's language. */
	public String asOfText() {
		return this.dates.day(this.request.asOf());
	}

	/** A date as a source gives it (2024-05-03, 2024-05 or 2024), as the brief writes dates; other text as it is. */
	public String sourceDateText(String iso) {
		return this.dates.iso(iso);
	}

	/** A date as the brief writes it: "27 November 2026", "2026年11月27日". */
	public String dateText(LocalDate date) {
		return this.dates.day(date);
	}

	/** The brief's title: the comparative brief's, or the regional brief's with its region's name. */
	public String title() {
		return regional() ? this.words.get("regional.title", this.focus.name()) : this.words.get("brief.title");
	}

	/** The line under the title: the strategies compared, in the source's own terms. */
	public String subtitle() {
		if (regional()) {
			return this.words.get("regional.subtitle", term(this.focus),
					names(others().stream().map(RegionView::name).toList()));
		}
		return this.words.get("brief.subtitle", names(this.regions.stream()
			.map((region) -> this.words.get("strategy.named", region.name(), term(region)))
			.toList()));
	}

	/** A region's strategy in the source's term, quoted, as it reads inside a sentence. */
	public String term(RegionView region) {
		return this.words.get("strategy.term", inSentence(region.strategy()));
	}

	/**
	 * A label from the data as it reads inside an English sentence: "Green power …" becomes
	 * "green power …"; a word in capitals ("AI …") and other languages are left as they are.
	 */
	public String inSentence(String label) {
		if (chinese() || label.length() < 2 || !Character.isUpperCase(label.charAt(0))
				|| Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/** The series: the setting, or the words of the brief's language. */
	public String series() {
		return this.settings.series().isEmpty() ? this.words.get("brief.series") : this.settings.series();
	}

	/** The edition: the setting, or the as-of date. */
	public String edition() {
		return this.settings.edition().isEmpty() ? asOfText() : this.settings.edition();
	}

	/** How to cite the brief: publisher, year, title, series and edition. */
	public String citeAs() {
		return this.words.get("brief.citeAs", this.settings.publisher(), String.valueOf(this.request.asOf().getYear()),
				title(), series(), edition());
	}

	/** The regions the brief compares: a regional brief's own region first, then the others in regions.csv order. */
	public List<RegionView> regions() {
		return this.regions;
	}

	public Optional<RegionView> region(String code) {
		return this.regions.stream().filter((region) -> region.code().equals(code)).findFirst();
	}

	public boolean regional() {
		return this.focus != null;
	}

	/** The region of a regional brief; null in the comparative brief. */
	public RegionView focus() {
		return this.focus;
	}

	/** The regions other than a regional brief's own (every region in the comparative brief). */
	public List<RegionView> others() {
		return this.regions.stream().filter((region) -> region != this.focus).toList();
	}

	/** Names as one phrase in the brief's language: "Shanghai and Beijing", "Guizhou, Shanghai and Beijing". */
	public String names(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(this.words.get("list.comma"), names.subList(0, names.size() - 1))
				+ this.words.get("list.and") + names.get(names.size() - 1);
	}

	/** Every fact the brief states, in the order of the evidence annex. */
	public List<Fact> facts() {
		return this.facts;
	}

	public Optional<Fact> fact(String region, String indicator) {
		return Optional.ofNullable(this.factsByKey.get(RunData.key(region, indicator)));
	}

	/** A region's facts in catalog order. */
	public List<Fact> facts(RegionView region) {
		return this.facts.stream().filter((fact) -> fact.region() == region).toList();
	}

	/**
	 * The indicators that two or more regions report in comparable scope (in a regional brief:
	 * its own region among them), with those regions' facts in the brief's region order.
	 */
	public Map<String, List<Fact>> comparable() {
		return this.comparable;
	}

	/** The facts a derived fact was computed from, where the brief states them. */
	public List<Fact> inputs(Fact fact) {
		if (!fact.derived()) {
			return List.of();
		}
		Formula formula = this.data.formulas().get(fact.indicator());
		List<Fact> inputs = new ArrayList<>();
		for (Reference reference : formula.references()) {
			String region = (reference.region() != null) ? reference.region() : fact.region().code();
			fact(region, reference.indicator()).ifPresent(inputs::add);
		}
		return inputs;
	}

	/**
	 * The inputs of a derived fact that this brief does not state (another region's figures in a
	 * regional brief), each as "Guizhou: special electricity tariff 0.35 CNY/kWh", so that the
	 * reader still sees what it was computed from.
	 */
	public List<String> inputsStatedElsewhere(Fact fact) {
		if (!fact.derived() || fact.value().benchmark()) {
			return List.of();
		}
		List<String> elsewhere = new ArrayList<>();
		for (Reference reference : this.data.formulas().get(fact.indicator()).references()) {
			String region = (reference.region() != null) ? reference.region() : fact.region().code();
			IndicatorValue value = this.data.latest().get(RunData.key(region, reference.indicator()));
			if (fact(region, reference.indicator()).isPresent() || value == null || !value.hasValue()
					|| region(region).isEmpty()) {
				continue;
			}
			Fact input = fact("", value);
			elsewhere.add(this.words.get("annex.inputElsewhere", regionName(region), input.name(), input.quantity()));
		}
		return elsewhere;
	}

	/**
	 * A text set inside parentheses, such as a scope in a finding: in Chinese its own parentheses
	 * become a comma, so that a reader never meets （一家大模型公司（其CTO所述））.
	 */
	public String inParentheses(String text) {
		if (!chinese() || !text.contains("（")) {
			return text;
		}
		return text.replace("（", "，").replace("）", "");
	}

	/** How a value changed since the previous edition, as {@link Fact#change()} says it. */
	private String changeOf(IndicatorValue value) {
		EditionChanges changes = this.data.changes();
		if (changes == null || changes.isFirstEdition()) {
			return "";
		}
		for (Change change : changes.changes()) {
			if (change.region().equals(value.region()) && change.indicator().equals(value.indicator())
					&& change.period().equals(value.period())) {
				return switch (change.change()) {
					case ADDED -> "new";
					case REVISED -> (change.oldValue() == null || change.newValue() == null
							|| change.oldValue().equals(change.newValue())) ? "changed"
									: (change.newValue() > change.oldValue()) ? "up" : "down";
					case QUALIFIER, RESTATED -> "changed";
					case REMOVED -> "";
				};
			}
		}
		return "";
	}

	/**
	 * The legend of the marks beside changed figures ("▲ ▼ revised up or down …since 27 November
	 * 2026"), or empty when no figure of the brief is marked.
	 */
	public String changeLegend() {
		if (this.facts.stream().allMatch((fact) -> fact.change().isEmpty())) {
			return "";
		}
		return this.words.get("changes.legend", dateText(this.data.changes().from()));
	}

	/**
	 * This brief as the previous edition's data would have made it: the run's values with every
	 * change undone (a revised value back to its old number, an added one left out, a removed one
	 * put back), so that its findings can be set against this edition's. Empty in a first edition.
	 */
	public Optional<BriefContext> previousEdition() {
		EditionChanges changes = this.data.changes();
		if (changes == null || changes.isFirstEdition()
				|| (this.focus != null && changes.addedRegions().contains(this.focus.code()))) {
			return Optional.empty();
		}
		return Optional.of(new BriefContext(this.data.before(changes, this.settings.referenceRegion()), this.catalogs,
				this.request, this.words, this.settings, this.quotes));
	}

	/** Derived values the brief could not state, each with the reason the formula engine gave. */
	public List<Gap> gaps() {
		return this.gaps;
	}

	public Map<String, IndicatorDefinition> indicators() {
		return this.indicators;
	}

	public IndicatorDefinition indicator(String code) {
		return this.indicators.get(code);
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

	public String description(IndicatorDefinition indicator) {
		return indicator.attributes().getOrDefault(chinese() ? "description_zh" : "description_en", "");
	}

	public String regionName(String code) {
		return this.regionNames.getOrDefault(code, code);
	}

	/** A unit as the brief's language names it (the catalog's code where the bundle has no word for it). */
	public String unitName(String unit) {
		return this.words.getOrDefault("unit." + unit, unit);
	}

	/** What a value describes, in the brief's language; empty for the whole region. */
	public String scope(Scope scope) {
		String preferred = chinese() ? scope.zh() : scope.en();
		return preferred.isEmpty() ? (chinese() ? scope.en() : scope.zh()) : preferred;
	}

	/** A missing value's reason in the brief's language, from the reason as data. */
	public String reason(MissingReason reason) {
		return switch (reason.kind()) {
			case NO_DATA -> {
				String name = indicatorName(reason.inputIndicator());
				String region = reason.inputRegion();
				yield (region == null) ? this.words.get("reason.needs", name)
						: this.words.get("reason.needsOf", regionName(region), name);
			}
			case DIVISION_BY_ZERO -> this.words.get("reason.divisionByZero", indicatorName(reason.inputIndicator()));
			case NOT_FINITE -> this.words.get("reason.notFinite", indicatorName(reason.inputIndicator()));
		};
	}

	/**
	 * A derived value the engine could not compute for a region.
	 *
	 * @param region the region it would describe
	 * @param indicator the derived indicator's code
	 * @param reason why, as data
	 */
	public record Gap(RegionView region, String indicator, MissingReason reason) {
	}

}
