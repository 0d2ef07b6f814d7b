package org.policybriefs.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.indicators.Formula;
import org.policybriefs.indicators.MissingReason;
import org.policybriefs.indicators.NumberStyle;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.Scope;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

/**
 * The run's data in one brief's language: names of regions, indicators and units, numbers with
 * their units, scopes, missing reasons, dates, quotes and lists, worded by the brief's
 * {@link BriefWords}.
 */
final class BriefLanguage {

	private final BriefWords words;

	private final ValueFormatter format;

	private final BriefDates dates;

	private final QuoteScript quotes;

	private final Map<String, IndicatorDefinition> indicators;

	private final Map<String, String> regionNames;

	/**
	 * @param indicators the catalog's indicators by code
	 * @param regionNames every region's name in the brief's language, by code
	 */
	BriefLanguage(BriefWords words, QuoteScript quotes, Map<String, IndicatorDefinition> indicators,
			Map<String, String> regionNames) {
		this.words = words;
		UnitWords units = new UnitWords((key) -> words.getOrDefault(key, null));
		// Chinese numbers by ICU: money rescaled to 亿元, 万亿元; other languages' digits as the JDK writes them
		this.format = new ValueFormatter(words.chinese() ? new ChineseNumberStyle(words.locale(), units)
				: NumberStyle.of(words.locale()));
		this.dates = new BriefDates(words.locale(), (key) -> words.getOrDefault(key, null));
		this.quotes = quotes;
		this.indicators = indicators;
		this.regionNames = regionNames;
	}

	BriefWords words() {
		return this.words;
	}

	ValueFormatter format() {
		return this.format;
	}

	/** A derived indicator's formula in the brief's words: its indicators' and regions' names, its functions. */
	String inWords(Formula formula) {
		return formula.toWords(this::indicatorName, this::regionName, new MessageFormulaWords(this.words));
	}

	private boolean chinese() {
		return this.words.chinese();
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
	String quote(String original) {
		return this.quotes.forReader(original, this.words.locale());
	}

	/** A date as a source gives it (2024-05-03, 2024-05 or 2024), as the brief writes dates; other text as it is. */
	String sourceDateText(String iso) {
		return this.dates.iso(iso);
	}

	/** A date as the brief writes it: "27 November 2026", "2026年11月27日". */
	String dateText(LocalDate date) {
		return this.dates.day(date);
	}

	/** A region's strategy in the source's term, quoted, as it reads inside a sentence. */
	String term(RegionView region) {
		return this.words.get("strategy.term", inSentence(region.strategy()));
	}

	/**
	 * A label from the data as it reads inside an English sentence: "Green power …" becomes
	 * "green power …"; a word in capitals ("AI …") and other languages are left as they are.
	 */
	String inSentence(String label) {
		if (chinese() || label.length() < 2 || !Character.isUpperCase(label.charAt(0))
				|| Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/** Names as one phrase in the brief's language: "Shanghai and Beijing", "Guizhou, Shanghai and Beijing". */
	String names(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(this.words.get("list.comma"), names.subList(0, names.size() - 1))
				+ this.words.get("list.and") + names.get(names.size() - 1);
	}

	/**
	 * A text set inside parentheses, such as a scope in a finding: in Chinese its own parentheses
	 * become a comma, so that a reader never meets （一家大模型公司（其CTO所述））.
	 */
	String inParentheses(String text) {
		if (!chinese() || !text.contains("（")) {
			return text;
		}
		return text.replace("（", "，").replace("）", "");
	}

	String indicatorName(String code) {
		IndicatorDefinition indicator = this.indicators.get(code);
		if (indicator == null) {
			return code;
		}
		return chinese() ? indicator.nameZh() : indicator.nameEn();
	}

	String description(IndicatorDefinition indicator) {
		return indicator.attributes().getOrDefault(chinese() ? "description_zh" : "description_en", "");
	}

	String regionName(String code) {
		return this.regionNames.getOrDefault(code, code);
	}

	/** A unit as the brief's language names it (the catalog's code where the bundle has no word for it). */
	String unitName(String unit) {
		return this.words.getOrDefault("unit." + unit, unit);
	}

	/** What a value describes, in the brief's language; empty for the whole region. */
	String scope(Scope scope) {
		String preferred = chinese() ? scope.zh() : scope.en();
		return preferred.isEmpty() ? (chinese() ? scope.en() : scope.zh()) : preferred;
	}

	/** A missing value's reason in the brief's language, from the reason as data. */
	String reason(MissingReason reason) {
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

}
