package org.policybriefs.distribute;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;

import org.springframework.context.MessageSource;

/**
 * The part of a message that says what changed: the (at most five) largest changes relevant to
 * the analyst's briefs since the previous edition, in the analyst's language, with the words
 * the briefs use ({@code changes.*} of the message bundles).
 */
final class MailChanges {

	/** Most changes a message lists. */
	static final int LISTED = 5;

	private final EditionChanges changes;

	private final MessageSource words;

	private final Map<String, Region> regions = new HashMap<>();

	private final Map<String, IndicatorDefinition> indicators = new HashMap<>();

	MailChanges(EditionChanges changes, MessageSource words, List<Region> regions, List<IndicatorDefinition> indicators) {
		this.changes = changes;
		this.words = words;
		regions.forEach((region) -> this.regions.put(region.code(), region));
		indicators.forEach((indicator) -> this.indicators.put(indicator.code(), indicator));
	}

	/** The changes relevant to these briefs: all for the comparative brief, else those of their regions. */
	EditionChanges relevant(List<BriefFile> briefs) {
		Set<String> regionCodes = new LinkedHashSet<>();
		for (BriefFile brief : briefs) {
			if (!brief.briefId().isRegional()) {
				return this.changes;
			}
			regionCodes.add(brief.briefId().region());
		}
		return this.changes.forRegions(regionCodes);
	}

	/** The paragraph of the body: empty for a first edition. */
	String paragraph(List<BriefFile> briefs, Locale locale) {
		if (this.changes.isFirstEdition()) {
			return "";
		}
		EditionChanges relevant = relevant(briefs);
		String since = date(this.changes.from(), locale);
		if (relevant.isUnchanged()) {
			return word("changes.none", locale, since);
		}
		StringBuilder text = new StringBuilder(word("mail.changes", locale, since, relevant.changes().size()));
		for (Change change : relevant.largest(LISTED)) {
			text.append("\n  - ").append(line(change, locale));
		}
		relevant.addedRegions().forEach((code) -> text.append("\n  - ").append(word("changes.regionAdded", locale,
				regionName(code, locale))));
		relevant.removedRegions()
			.forEach((code) -> text.append("\n  - ").append(word("changes.regionRemoved", locale, code)));
		return text.toString();
	}

	private String line(Change change, Locale locale) {
		String what = word("changes.what", locale, regionName(change.region(), locale),
				indicatorName(change.indicator(), locale), change.period());
		String derived = IndicatorValue.DERIVED.equals(change.kind()) ? word("changes.derived", locale) : "";
		ValueFormatter format = new ValueFormatter(locale);
		return switch (change.change()) {
			case ADDED -> word("changes.added", locale, what, value(change.newValue(), change.newQualifier(), change, format, locale));
			case REMOVED -> word("changes.removed", locale, what,
					value(change.oldValue(), change.oldQualifier(), change, format, locale));
			case REVISED -> word("changes.revised", locale, what,
					value(change.oldValue(), change.oldQualifier(), change, format, locale),
					value(change.newValue(), change.newQualifier(), change, format, locale),
					(change.relativeChange() != null) ? word("changes.relative", locale,
							((change.relativeChange() > 0) ? "+" : "") + format.number(change.relativeChange() * 100, 1)
									+ "%")
							: "");
			case QUALIFIER -> word("changes.qualifier", locale, what,
					value(change.oldValue(), change.oldQualifier(), change, format, locale),
					value(change.newValue(), change.newQualifier(), change, format, locale));
			case RESTATED -> word("changes.restated", locale, what, String.join(", ", change.oldSources()),
					String.join(", ", change.newSources()));
		} + derived;
	}

	private String value(Double number, String qualifier, Change change, ValueFormatter format, Locale locale) {
		IndicatorDefinition indicator = this.indicators.get(change.indicator());
		ValueFormatter.Shown shown = format.value(number, Qualifier.fromSymbol(qualifier).orElse(Qualifier.EXACT),
				(indicator != null) ? indicator.decimals() : 2, change.unit());
		String unit = shown.unit().isEmpty() ? ""
				: this.words.getMessage("unit." + shown.unit(), null, shown.unit(), locale);
		return shown.text() + (unit.isEmpty() ? "" : " " + unit);
	}

	private String regionName(String code, Locale locale) {
		Region region = this.regions.get(code);
		return (region == null) ? code : chinese(locale) ? region.nameZh() : region.nameEn();
	}

	private String indicatorName(String code, Locale locale) {
		IndicatorDefinition indicator = this.indicators.get(code);
		return (indicator == null) ? code : chinese(locale) ? indicator.nameZh() : indicator.nameEn();
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.words.getMessage(key, arguments, locale);
	}

	private static boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	static String date(LocalDate date, Locale locale) {
		return chinese(locale) ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
				: date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

}
