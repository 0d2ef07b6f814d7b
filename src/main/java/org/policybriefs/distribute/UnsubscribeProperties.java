package org.policybriefs.distribute;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an analyst stops the messages. Every message has a {@code List-Unsubscribe} header with a
 * mailto address; with serve mode's public address set, also a one-click link (RFC 8058) whose
 * token is signed with the secret, so that nobody can unsubscribe another address.
 *
 * @param publicUrl serve mode's address as analysts reach it ({@code https://briefs.example.org});
 * empty: no one-click link
 * @param secret the key of the links' HMAC-SHA256 signature, at least 32 characters; required with
 * {@code publicUrl}. Changing it makes every link already sent invalid
 * @param address where an unsubscribe mail goes; empty: {@code briefs.mail.reply-to}, else {@code briefs.mail.from}
 */
@ConfigurationProperties("briefs.mail.unsubscribe")
public record UnsubscribeProperties(@DefaultValue("") String publicUrl, @DefaultValue("") String secret,
		@DefaultValue("") String address) {

	/** Shortest secret accepted: 32 characters, as {@code openssl rand -base64 32} gives 44. */
	static final int SHORTEST_SECRET = 32;

	public UnsubscribeProperties {
		publicUrl = publicUrl.strip().replaceAll("/+$", "");
		if (!publicUrl.isEmpty()) {
			try {
				URI uri = new URI(publicUrl);
				if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
					throw new URISyntaxException(publicUrl, "not an http or https address");
				}
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("briefs.mail.unsubscribe.public-url: not an http(s) address: '"
						+ publicUrl + "'", ex);
			}
			if (secret.length() < SHORTEST_SECRET) {
				throw new IllegalArgumentException("briefs.mail.unsubscribe.public-url is set, but"
						+ " briefs.mail.unsubscribe.secret is " + (secret.isEmpty() ? "not" : "shorter than "
								+ SHORTEST_SECRET + " characters")
						+ ": the one-click unsubscribe links are signed with it; set a long random secret"
						+ " (openssl rand -base64 32), the same in every run and serve instance");
			}
		}
	}

	/** Whether messages carry a one-click link and serve mode takes it. */
	public boolean oneClick() {
		return !this.publicUrl.isEmpty();
	}

}
