package org.policybriefs.commentary;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the analyst's commentary ({@code briefs.commentary.*}).
 *
 * @param stale what a brief does with a passage written against a value that has since changed:
 * {@code mark} (default), {@code omit} or {@code fail}
 */
@ConfigurationProperties("briefs.commentary")
public record CommentaryProperties(StaleMode stale) {

	public CommentaryProperties {
		stale = (stale != null) ? stale : StaleMode.MARK;
	}

}
