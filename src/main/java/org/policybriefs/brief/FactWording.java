package org.policybriefs.brief;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

/**
 * One value as a brief states it: a {@link Fact} with its number and unit, its words, its scope,
 * its formula in words, the numbers of its sources, its quote and its mark of change since the
 * previous edition, all in the brief's language.
 */
final class FactWording {

	private final RunData data;

	private final Map<String, IndicatorDefinition> indicators;

	private final List<RegionView> regions;

	private final Map<String, Integer> sourceNumbers;

	private final BriefLanguage language;

	private final BriefWords words;

	/**
	 * @param indicators the catalog's indicators by code
	 * @param regions the regions the brief compares
	 * @param sourceNumbers each source's number in the brief, by source id
	 */
	FactWording(RunData data, Map<String, IndicatorDefinition> indicators, List<RegionView> regions,
			Map<String, Integer> sourceNumbers, BriefLanguage language) {
		this.data = data;
		this.indicators = indicators;
		this.regions = regions;
		this.sourceNumbers = sourceNumbers;
		this.language = language;
		this.words = language.words();
	}

	/** The value as the fact numbered {@code id}; the value's region is one the brief compares. */
	Fact fact(String id, IndicatorValue value) {
		IndicatorDefinition indicator = this.indicators.get(value.indicator());
		RegionView region = this.regions.stream()
			.filter((view) -> view.code().equals(value.region()))
			.findFirst()
			.orElseThrow();
		ValueFormatter.Shown shown = this.language.format().value(value.value(), value.qualifier(),
				indicator.decimals(), indicator.unit());
		// the qualifier's sign before the whole amount: ">CNY 0.1 bn", not "CNY >0.1 bn"
		String quantity = shown.sign() + this.language.quantity(shown.number(), shown.unit(), indicator.code());
		String prose = this.words.get(BriefLanguage.proseKey(shown.qualifier()),
				this.language.quantity(shown.number(), shown.unit(), indicator.code()));
		// a vague quantity ("数亿美元") is printed as the source words it; the data keep its bound
		String worded = indicator.isDerived() ? null
				: indicator.attributes().get(this.words.chinese() ? "words_zh" : "words_en");
		if (worded != null && !worded.isBlank()) {
			quantity = worded;
			prose = worded;
		}
		if (value.benchmark()) {
			quantity = this.words.get("value.benchmark", quantity);
			prose = this.words.get("value.benchmark", prose);
		}
		List<Integer> notes = value.sources().stream().map(this.sourceNumbers::get).filter(Objects::nonNull).toList();
		String formula = "";
		if (indicator.isDerived()) {
			formula = this.language.inWords(this.data.formulas().get(indicator.code()));
		}
		String quote = (value.quote() != null) ? this.language.quote(value.quote()) : "";
		String translation = (this.words.chinese() || value.quoteEn() == null) ? "" : value.quoteEn();
		// a value computed for one region from another's scoped figures does not describe that scope: it rests on it
		String scope = this.language.scope(value.scope());
		if (!scope.isEmpty() && indicator.isDerived() && !indicator.region().isEmpty()) {
			scope = this.words.get("scope.fromFiguresOf", scope);
		}
		return new Fact(id, region, indicator.code(), this.language.indicatorName(indicator.code()), value,
				shown.qualifier(), shown.text(), quantity, prose, this.language.unitName(shown.unit()), scope,
				"assumed".equals(value.periodBasis()), indicator.isDerived(), formula, notes, quote, translation,
				changeOf(value), "yes".equalsIgnoreCase(indicator.attributes().getOrDefault("above_region", "")),
				confirmedBy(value), otherValues(value, indicator),
				this.data.evidence().flagged(value));
	}

	/** The other sources that give the same figure within its tolerance: "Xinhua (state media) [2]". */
	private String confirmedBy(IndicatorValue value) {
		List<String> names = this.data.evidence()
			.othersOf(value.region(), value.indicator(), value.period())
			.stream()
			.filter((other) -> Boolean.TRUE.equals(other.agrees()))
			.flatMap((other) -> other.sources().stream())
			.map(this::sourceName)
			.toList();
		return names.isEmpty() ? "" : String.join(this.words.get("list.semicolon"), names);
	}

	/** The other sources' values beyond the tolerance: "246 EFLOPS, Beijing Youth Daily (state media) [3]". */
	private List<String> otherValues(IndicatorValue value, IndicatorDefinition indicator) {
		return this.data.evidence()
			.othersOf(value.region(), value.indicator(), value.period())
			.stream()
			.filter((other) -> Boolean.FALSE.equals(other.agrees()))
			.map((other) -> {
				ValueFormatter.Shown shown = this.language.format().value(other.value(), other.qualifier(),
						indicator.decimals(), indicator.unit());
				String quantity = shown.sign() + this.language.quantity(shown.number(), shown.unit(), indicator.code());
				return this.words.get("evidence.otherValue", quantity,
						String.join(this.words.get("list.semicolon"), other.sources().stream().map(this::sourceName).toList()));
			})
			.toList();
	}

	/** A source as the brief names it beside a figure: its publisher, its kind and its number in the list of sources. */
	String sourceName(String id) {
		return sourceName(this.data, this.words, this.sourceNumbers, id);
	}

	/** A source's name as {@link #sourceName(String)} gives it, for the wording of other sections. */
	static String sourceName(RunData data, BriefWords words, Map<String, Integer> sourceNumbers, String id) {
		return data.sources()
			.stream()
			.filter((source) -> source.id().equals(id))
			.findFirst()
			.map((source) -> words.get("evidence.source",
					words.chinese() ? source.attributes().getOrDefault("publisher_zh", source.publisher())
							: source.publisher(),
					data.evidence().kindName(source.kind(), words.chinese()), sourceNumbers.get(id)))
			.orElse(id);
	}

	/** How a value changed since the previous edition, as {@link Fact#change()} says it. */
	private String changeOf(IndicatorValue value) {
		EditionChanges changes = this.data.changes();
		if (changes == null || changes.isFirstEdition()) {
			return "";
		}
		for (Change change : changes.changes()) {
			if (change.preferred() && change.region().equals(value.region())
					&& change.indicator().equals(value.indicator()) && change.period().equals(value.period())) {
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

}
