package org.policybriefs.distribute;

import java.util.List;
import java.util.Locale;

import org.policybriefs.brief.BriefId;

/**
 * One subscriber from {@code analysts.csv}: where to send, in which language, which briefs
 * ({@code comparative}, {@code region:CODE}).
 */
record Analyst(String email, String name, Locale locale, List<BriefId> briefs, long line) {
}
