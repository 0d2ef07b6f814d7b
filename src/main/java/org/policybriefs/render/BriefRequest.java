package org.policybriefs.render;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One brief to render: which brief, in which language, for which as-of date.
 */
record BriefRequest(String briefId, Locale locale, LocalDate asOf) {

	String fileName() {
		return this.briefId + "." + this.locale.toLanguageTag() + ".pdf";
	}

}
