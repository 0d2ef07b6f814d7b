package org.policybriefs.brief;

import java.nio.file.Path;

/**
 * The settings a brief's model is built with.
 *
 * @param templates the templates folder, where the findings and figure catalogs are read from
 * @param publisher who publishes the briefs (cover, "cite as", PDF author)
 * @param series name of the series; empty: {@code brief.series} of the brief's language
 * @param edition the edition; empty: the as-of date
 * @param contact who to write to; empty: not printed
 * @param disclaimer the disclaimer; empty: {@code brief.disclaimer} of the brief's language
 * @param referenceRegion region that other regions are expressed relative to
 * @param peers most other regions a regional brief sets its region against
 * @param compared most regions a comparative brief compares; 0: every region
 */
public record BriefSettings(Path templates, String publisher, String series, String edition, String contact,
		String disclaimer, String referenceRegion, int peers, int compared) {
}
