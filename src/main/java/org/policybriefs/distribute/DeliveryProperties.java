package org.policybriefs.distribute;

import java.time.Duration;
import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How briefs reach the analysts. With {@code spring.mail.host} set they go over SMTP; without
 * it, each message is written as an RFC 822 file into {@code OUTPUT/<as-of>/outbox/}.
 *
 * @param from the sender address
 * @param replyTo where replies go (the Reply-To header); empty: none, replies go to {@code from}
 * @param messageIdDomain the domain of every Message-ID ({@code <…@DOMAIN>}); empty: the domain of
 * {@code from}. Never {@code localhost}, which would make the messages look forged to spam filters
 * @param attachLimit largest total size of attachments; larger briefs are linked instead
 * @param linkBase address of serve mode, for links to briefs that are not attached
 * @param maxAttempts attempts per message when the mail server fails for a while
 * @param backoff wait before the second attempt, doubled before each later one
 * @param skipUnchanged send nothing to an analyst whose briefs' content is unchanged since the edition they last received
 * @param resendUncertain send again, over SMTP, a message whose sending a killed run began (it may arrive
 * twice); without it such a message fails the delivery with its reason, for the operator to decide
 */
@ConfigurationProperties("briefs.mail")
record DeliveryProperties(@DefaultValue("briefs@example.org") String from, @DefaultValue("") String replyTo,
		@DefaultValue("") String messageIdDomain, @DefaultValue("10MB") DataSize attachLimit,
		@DefaultValue("http://localhost:8080") String linkBase, @DefaultValue("3") int maxAttempts,
		@DefaultValue("1s") Duration backoff, @DefaultValue("false") boolean skipUnchanged,
		@DefaultValue("false") boolean resendUncertain) {

	DeliveryProperties {
		String domain = messageIdDomain.isBlank() ? domainOf(from) : messageIdDomain.strip();
		if (domain.isEmpty() || domain.toLowerCase(Locale.ROOT).equals("localhost")
				|| !domain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
			throw new IllegalArgumentException("briefs.mail.message-id-domain: '" + domain + "' (from "
					+ (messageIdDomain.isBlank() ? "briefs.mail.from" : "the setting")
					+ ") is not a domain the messages can be identified by; set a domain of yours, e.g."
					+ " --briefs.mail.message-id-domain=briefs.example.org");
		}
		messageIdDomain = domain;
		if (!replyTo.isBlank()) {
			try {
				new InternetAddress(replyTo.strip(), true);
			}
			catch (AddressException ex) {
				throw new IllegalArgumentException("briefs.mail.reply-to: not an email address: '" + replyTo + "'", ex);
			}
		}
	}

	/** The address of {@code from} without a display name. */
	String fromAddress() {
		try {
			return new InternetAddress(this.from, true).getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("briefs.mail.from: not an email address: '" + this.from + "'", ex);
		}
	}

	private static String domainOf(String from) {
		try {
			String address = new InternetAddress(from, true).getAddress();
			return address.substring(address.lastIndexOf('@') + 1);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("briefs.mail.from: not an email address: '" + from + "'", ex);
		}
	}

}
