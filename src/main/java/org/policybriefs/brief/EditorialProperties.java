package org.policybriefs.brief;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the briefs and how they are cited. An empty setting takes the words of each
 * language's bundle ({@code brief.series}, {@code brief.disclaimer}); a setting given here is
 * printed as it is in every language.
 *
 * @param publisher the organisation that publishes the briefs: named on the cover, in the "cite as"
 * line and as the PDF's author
 * @param series the name of the series, on the cover and in the "cite as" line
 * @param edition the edition ("No. 3", "November 2026"); empty: the as-of date
 * @param contact who to write to about the brief (an address or a name); empty: not printed
 * @param disclaimer the disclaimer on the last page
 */
@ConfigurationProperties("briefs.render")
public record EditorialProperties(@DefaultValue("policy-briefs") String publisher, @DefaultValue("") String series,
		@DefaultValue("") String edition, @DefaultValue("") String contact, @DefaultValue("") String disclaimer) {
}
