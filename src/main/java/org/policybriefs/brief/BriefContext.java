package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.Series;

/**
 * What the sections of one brief are built from: the run's data and catalogs, the brief's
 * language and words, the regions it compares (a regional brief's own region first), and every
 * figure it states, as its {@link BriefFacts}. Worked out once per brief; nothing here knows a
 * region or an indicator by its code.
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

	private final QuoteScript quotes;

	private final List<RegionView> regions;

	private final RegionView focus;

	private final Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();

	private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();

	private final BriefLanguage language;

	private final BriefFacts facts;

	BriefContext(RunData data, Catalogs catalogs, BriefRequest request, BriefWords words, BriefSettings settings,
			QuoteScript quotes) {
		this.data = data;
		this.catalogs = catalogs;
		this.request = request;
		this.words = words;
		this.settings = settings;
		this.quotes = quotes;
		boolean chinese = words.chinese();
		Map<String, String> regionNames = new HashMap<>();
		data.sources().forEach((source) -> this.sourceNumbers.put(source.id(), this.sourceNumbers.size() + 1));
		data.indicators().forEach((indicator) -> this.indicators.put(indicator.code(), indicator));
		data.regions().forEach((region) -> regionNames.put(region.code(), chinese ? region.nameZh() : region.nameEn()));
		data.evidence().contextAreas()
			.forEach((area) -> regionNames.put(area.code(), chinese ? area.nameZh() : area.nameEn()));
		this.language = new BriefLanguage(words, quotes, this.indicators, regionNames);
		List<Region> compared = (request.focus() != null)
				? data.comparedWith(request.focus(), settings.peers(), settings.referenceRegion())
				: data.comparedInOneBrief(settings.compared(), settings.referenceRegion());
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
		this.facts = new BriefFacts(data, this.indicators, this.regions, this.focus, this.sourceNumbers,
				this.language);
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

	/** The run's data in the brief's language: names, numbers with units, scopes, reasons, dates, quotes. */
	BriefLanguage language() {
		return this.language;
	}

	/** Every figure the brief states, and the derived values it could not state. */
	BriefFacts facts() {
		return this.facts;
	}

	public boolean chinese() {
		return this.words.chinese();
	}

	/** The as-of date in the brief's language. */
	public String asOfText() {
		return this.language.dateText(this.request.asOf());
	}

	/**
	 * The brief's title: the comparative brief's, or the regional brief's with its region's name,
	 * as the input's series.yml words them; without them, the tool's neutral title.
	 */
	public String title() {
		Series series = this.data.series();
		Locale locale = this.request.locale();
		return regional()
				? series.regionalTitle(locale, this.focus.name())
					.orElseGet(() -> this.words.get("regional.title", this.focus.name()))
				: series.title(locale).orElseGet(() -> this.words.get("brief.title"));
	}

	/** The line under the title: the strategies compared, in the source's own terms. */
	public String subtitle() {
		if (regional()) {
			return this.words.get("regional.subtitle", this.language.term(this.focus),
					this.language.names(others().stream().map(RegionView::name).toList()));
		}
		return this.words.get("brief.subtitle", this.language.names(this.regions.stream()
			.map((region) -> this.words.get("strategy.named", region.name(), this.language.term(region)))
			.toList()));
	}

	/** The series: the setting, or the input's name for it in the brief's language; empty when neither names it. */
	public String series() {
		return this.settings.series().isEmpty() ? this.data.series().name(this.request.locale()).orElse("")
				: this.settings.series();
	}

	/** The PDF's keywords: the input's for the series, then the regions compared. */
	public String keywords() {
		List<String> keywords = new ArrayList<>();
		this.data.series().keywords(this.request.locale()).ifPresent(keywords::add);
		this.regions.stream().map(RegionView::name).forEach(keywords::add);
		return String.join(this.words.get("list.comma"), keywords);
	}

	/** The edition: the setting, or the as-of date. */
	public String edition() {
		return this.settings.edition().isEmpty() ? asOfText() : this.settings.edition();
	}

	/** How to cite the brief: publisher, year, title, series and edition. */
	public String citeAs() {
		String year = String.valueOf(this.request.asOf().getYear());
		return series().isEmpty()
				? this.words.get("brief.citeAsNoSeries", this.settings.publisher(), year, title(), edition())
				: this.words.get("brief.citeAs", this.settings.publisher(), year, title(), series(), edition());
	}

	/** The regions the brief compares: a regional brief's own region first, then the others in regions.csv order. */
	public List<RegionView> regions() {
		return this.regions;
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

	/**
	 * The legend of the marks beside changed figures ("▲ ▼ revised up or down …since 27 November
	 * 2026"), or empty when no figure of the brief is marked.
	 */
	public String changeLegend() {
		if (this.facts.all().stream().allMatch((fact) -> fact.change().isEmpty())) {
			return "";
		}
		return this.words.get("changes.legend", this.language.dateText(this.data.changes().from()));
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

	public Map<String, IndicatorDefinition> indicators() {
		return this.indicators;
	}

	public IndicatorDefinition indicator(String code) {
		return this.indicators.get(code);
	}

	public Map<String, Integer> sourceNumbers() {
		return this.sourceNumbers;
	}

}
