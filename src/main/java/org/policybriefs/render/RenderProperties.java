package org.policybriefs.render;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the renderer.
 *
 * @param templates folder with the templates, CSS, message bundles and fonts, read at run time
 * @param author organisation named as author in the PDF metadata
 * @param series name of the brief series, printed on the cover
 * @param referenceRegion region that other regions are expressed relative to
 */
@ConfigurationProperties("briefs.render")
public record RenderProperties(@DefaultValue("templates") Path templates, @DefaultValue("policy-briefs") String author,
		@DefaultValue("Regional AI Compute Briefs") String series, @DefaultValue("BJ") String referenceRegion) {
}
