package org.policybriefs.distribute;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.policybriefs.brief.BriefWords;
import org.policybriefs.brief.ChangeWording;
import org.policybriefs.editions.Change;
import org.policybriefs.editions.EditionChanges;
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
		String since = date(this.changes.from(), word("date.day", locale), locale);
		if (relevant.isUnchanged()) {
			return word("changes.none", locale, since);
		}
		StringBuilder text = new StringBuilder(word("mail.changes", locale, since, relevant.changes().size()));
		ChangeWording wording = new ChangeWording(new BriefWords(this.words, locale),
				(code) -> regionName(code, locale), this.indicators::get);
		for (Change change : relevant.largest(LISTED)) {
			text.append("\n  - ").append(wording.line(change));
		}
		relevant.addedRegions().forEach((code) -> text.append("\n  - ").append(word("changes.regionAdded", locale,
				regionName(code, locale))));
		relevant.removedRegions()
			.forEach((code) -> text.append("\n  - ").append(word("changes.regionRemoved", locale, code)));
		return text.toString();
	}

	private String regionName(String code, Locale locale) {
		Region region = this.regions.get(code);
		return (region == null) ? code : chinese(locale) ? region.nameZh() : region.nameEn();
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.words.getMessage(key, arguments, locale);
	}

	private static boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	/** A date as the briefs write it: the bundle's date.day pattern (ICU), "27 November 2026", "2026年11月27日". */
	static String date(LocalDate date, String pattern, Locale locale) {
		SimpleDateFormat format = new SimpleDateFormat(pattern, ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

}
