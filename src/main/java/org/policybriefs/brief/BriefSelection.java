package org.policybriefs.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;


/**
 * The brief list of a run, expanded against the run's regions, which are data: {@code all} is
 * the comparative brief and every regional one, {@code regions} every regional brief, and a
 * {@link BriefId} ({@code comparative}, {@code region:CODE}) that brief. Each brief is made once
 * in each locale, in that order.
 */
public final class BriefSelection {

	private static final String ALL = "all";

	private static final String REGIONS = "regions";

	private BriefSelection() {
	}

	/** Checks that each entry of a brief list is {@code all}, {@code regions} or a brief id; before ingest. */
	public static void check(List<String> selection) {
		for (String entry : selection) {
			String name = entry.strip();
			if (!ALL.equals(name) && !REGIONS.equals(name)) {
				parse(name);
			}
		}
	}

	/**
	 * How many briefs a run of this selection makes over these regions, in this many locales:
	 * {@code all} over three regions in two locales is eight, not two.
	 */
	public static int count(List<String> selection, List<String> regionCodes, int locales) {
		Set<BriefId> ids = new LinkedHashSet<>();
		for (String entry : selection) {
			String name = entry.strip();
			if (ALL.equals(name)) {
				ids.add(BriefId.COMPARATIVE);
			}
			if (ALL.equals(name) || REGIONS.equals(name)) {
				regionCodes.forEach((code) -> ids.add(BriefId.regional(code)));
			}
			else if (!name.isEmpty()) {
				ids.add(parse(name));
			}
		}
		return ids.size() * locales;
	}

	public static List<BriefRequest> expand(List<String> selection, List<String> regionCodes, List<String> locales,
			LocalDate asOf) {
		Set<BriefId> ids = new LinkedHashSet<>();
		for (String entry : selection) {
			String name = entry.strip();
			switch (name) {
				case ALL -> {
					ids.add(BriefId.COMPARATIVE);
					regionCodes.forEach((code) -> ids.add(BriefId.regional(code)));
				}
				case REGIONS -> regionCodes.forEach((code) -> ids.add(BriefId.regional(code)));
				default -> {
					BriefId id = parse(name);
					if (id.isRegional() && !regionCodes.contains(id.region())) {
						throw new IllegalArgumentException("No region '" + id.region() + "' in regions.csv for brief '"
								+ name + "'; the regions are " + String.join(", ", regionCodes));
					}
					ids.add(id);
				}
			}
		}
		List<BriefRequest> requests = new ArrayList<>();
		for (BriefId id : ids) {
			for (String locale : locales) {
				requests.add(new BriefRequest(id, Locale.forLanguageTag(locale.strip()), asOf));
			}
		}
		return requests;
	}

	private static BriefId parse(String name) {
		try {
			return BriefId.parse(name);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown brief '" + name + "': use comparative, regions, region:CODE or all");
		}
	}

}
