package org.policybriefs.render.model;

/**
 * The settings a brief's model is built with.
 *
 * @param series name of the brief series (the Chinese brief uses {@code brief.series} of its bundle)
 * @param author organisation named as author in the PDF metadata
 * @param referenceRegion region that other regions are expressed relative to
 * @param peers most other regions a regional brief sets its region against
 */
public record BriefSettings(String series, String author, String referenceRegion, int peers) {
}
