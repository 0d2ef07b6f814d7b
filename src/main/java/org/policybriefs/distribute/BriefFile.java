package org.policybriefs.distribute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policybriefs.brief.BriefId;

/**
 * A published brief of the run, as {@code rendered_brief} records it.
 */
record BriefFile(BriefId briefId, String locale, String file, long bytes, String sha256, Path folder) {

	Path path() {
		return this.folder.resolve(this.file);
	}

	/**
	 * The briefs an analyst follows, one file per brief: in their language if the run made it,
	 * else in the same language of another region, else in English, else in any language.
	 */
	static List<BriefFile> choose(Analyst analyst, List<BriefFile> published) {
		List<BriefFile> chosen = new ArrayList<>();
		for (BriefId wanted : analyst.briefs()) {
			List<BriefFile> candidates = published.stream().filter((brief) -> brief.briefId().equals(wanted)).toList();
			if (candidates.isEmpty()) {
				continue;
			}
			String tag = analyst.locale().toLanguageTag();
			String language = analyst.locale().getLanguage();
			chosen.add(candidates.stream()
				.filter((brief) -> brief.locale().equalsIgnoreCase(tag))
				.findFirst()
				.or(() -> candidates.stream()
					.filter((brief) -> Locale.forLanguageTag(brief.locale()).getLanguage().equals(language))
					.findFirst())
				.or(() -> candidates.stream().filter((brief) -> "en".equals(brief.locale())).findFirst())
				.orElse(candidates.get(0)));
		}
		return chosen;
	}

}
