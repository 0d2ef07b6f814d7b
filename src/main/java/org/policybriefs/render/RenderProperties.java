package org.policybriefs.render;

import java.nio.file.Path;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the renderer (who publishes the briefs: {@link EditorialProperties}).
 *
 * @param templates folder with the templates, CSS, message bundles and fonts, read at run time
 * @param referenceRegion region that other regions are expressed relative to
 * @param latinFonts font families that draw text not marked as Chinese (each must have every glyph)
 * @param cjkFonts font families that draw Chinese text
 * @param archival write PDF/A (sRGB output intent, XMP metadata repeating the document information): PDF/A-2a
 * when tagged, PDF/A-1b when not
 * @param tagged write a tagged PDF (PDF/UA-1: a structure tree that follows the XHTML, alt text, artifacts);
 * off only for bulk runs that need no accessible briefs (see BENCHMARKS.md for what it costs)
 * @param peers most other regions a regional brief sets its region against (the reference region and those
 * that follow it in regions.csv); with no more regions than this, every region is in every brief
 * @param threads briefs rendered at once; 0 means one per processor
 * @param compared most regions a comparative brief compares (the first in regions.csv and the reference
 * region), so that it stays readable with hundreds of regions; the brief says how many it leaves out and
 * that indicators.csv has them all; 0 compares every region
 */
@ConfigurationProperties("briefs.render")
record RenderProperties(@DefaultValue("templates") Path templates, String referenceRegion,
		@DefaultValue({ "Noto Serif", "Noto Sans" }) Set<String> latinFonts,
		@DefaultValue("Noto Sans CJK SC") Set<String> cjkFonts, @DefaultValue("true") boolean archival,
		@DefaultValue("true") boolean tagged, @DefaultValue("7") int peers, @DefaultValue("0") int threads,
		@DefaultValue("8") int compared) {

	/** The number of briefs rendered at once: the setting, or one per processor. */
	int renderThreads() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
