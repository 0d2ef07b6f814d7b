package org.policybriefs.render.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One brief to render: which brief, in which language, for which as-of date. A regional
 * brief's id is {@code region-<CODE>}; its focus is that region.
 */
public record BriefRequest(String briefId, Locale locale, LocalDate asOf) {

	public static final String COMPARATIVE = "comparative";

	public static final String REGIONAL_PREFIX = "region-";

	public String fileName() {
		return baseName() + ".pdf";
	}

	/** {@code <brief-id>.<locale>}, the name of every file made for this brief. */
	public String baseName() {
		return this.briefId + "." + this.locale.toLanguageTag();
	}

	/** The region a regional brief is about, or null for the comparative brief. */
	public String focus() {
		return this.briefId.startsWith(REGIONAL_PREFIX) ? this.briefId.substring(REGIONAL_PREFIX.length()) : null;
	}

}
