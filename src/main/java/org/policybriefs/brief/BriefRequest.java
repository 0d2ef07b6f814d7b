package org.policybriefs.brief;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One brief to render: which brief, in which language, for which as-of date. A regional
 * brief's focus is its region.
 */
public record BriefRequest(BriefId briefId, Locale locale, LocalDate asOf) {

	public String fileName() {
		return baseName() + ".pdf";
	}

	/** {@code <brief-id>.<locale>}, the name of every file made for this brief. */
	public String baseName() {
		return this.briefId + "." + this.locale.toLanguageTag();
	}

	/** The region a regional brief is about, or null for the comparative brief. */
	public String focus() {
		return this.briefId.region();
	}

}
