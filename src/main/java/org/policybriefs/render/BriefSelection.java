package org.policybriefs.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policybriefs.render.model.BriefRequest;

/**
 * Expands the brief list of a run against the run's regions, which are data: {@code all} is
 * the comparative brief and every regional one, {@code regions} every regional brief,
 * {@code region:CODE} (or {@code region-CODE}) one of them, {@code comparative} the
 * comparative brief. Each brief is made once in each locale, in that order.
 */
final class BriefSelection {

	private BriefSelection() {
	}

	static List<BriefRequest> expand(List<String> selection, List<String> regionCodes, List<String> locales,
			LocalDate asOf) {
		Set<String> ids = new LinkedHashSet<>();
		for (String item : selection) {
			String entry = item.strip();
			switch (entry) {
				case "all" -> {
					ids.add(BriefRequest.COMPARATIVE);
					regionCodes.forEach((code) -> ids.add(BriefRequest.REGIONAL_PREFIX + code));
				}
				case "regions" -> regionCodes.forEach((code) -> ids.add(BriefRequest.REGIONAL_PREFIX + code));
				case BriefRequest.COMPARATIVE -> ids.add(BriefRequest.COMPARATIVE);
				default -> {
					String code = regionCode(entry);
					if (code == null) {
						throw new IllegalArgumentException("Unknown brief '" + entry
								+ "': use comparative, regions, region:CODE or all");
					}
					if (!regionCodes.contains(code)) {
						throw new IllegalArgumentException("No region '" + code + "' in regions.csv for brief '" + entry
								+ "'; the regions are " + String.join(", ", regionCodes));
					}
					ids.add(BriefRequest.REGIONAL_PREFIX + code);
				}
			}
		}
		List<BriefRequest> requests = new ArrayList<>();
		for (String id : ids) {
			for (String locale : locales) {
				requests.add(new BriefRequest(id, Locale.forLanguageTag(locale.strip()), asOf));
			}
		}
		return requests;
	}

	private static String regionCode(String entry) {
		for (String prefix : List.of("region:", BriefRequest.REGIONAL_PREFIX)) {
			if (entry.startsWith(prefix) && entry.length() > prefix.length()) {
				return entry.substring(prefix.length());
			}
		}
		return null;
	}

}
