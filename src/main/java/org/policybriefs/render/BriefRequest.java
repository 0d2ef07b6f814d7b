package org.policybriefs.render;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One brief to render: which brief, in which language, for which as-of date. A regional
 * brief's id is {@code region-<CODE>}; its focus is that region.
 */
record BriefRequest(String briefId, Locale locale, LocalDate asOf) {

	static final String COMPARATIVE = "comparative";

	static final String REGIONAL_PREFIX = "region-";

	String fileName() {
		return baseName() + ".pdf";
	}

	/** {@code <brief-id>.<locale>}, the name of every file made for this brief. */
	String baseName() {
		return this.briefId + "." + this.locale.toLanguageTag();
	}

	/** The region a regional brief is about, or null for the comparative brief. */
	String focus() {
		return this.briefId.startsWith(REGIONAL_PREFIX) ? this.briefId.substring(REGIONAL_PREFIX.length()) : null;
	}

}
