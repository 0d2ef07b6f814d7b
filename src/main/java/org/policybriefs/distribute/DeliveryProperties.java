package org.policybriefs.distribute;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How briefs reach the analysts. With {@code spring.mail.host} set they go over SMTP; without
 * it, each message is written as an RFC 822 file into {@code OUTPUT/<as-of>/outbox/}.
 *
 * @param from the sender address
 * @param attachLimit largest total size of attachments; larger briefs are linked instead
 * @param linkBase address of serve mode, for links to briefs that are not attached
 * @param maxAttempts attempts per message when the mail server fails for a while
 * @param backoff wait before the second attempt, doubled before each later one
 * @param skipUnchanged send nothing to an analyst whose briefs' content is unchanged since the edition they last received
 * @param resendUncertain send again, over SMTP, a message whose sending a killed run began (it may arrive
 * twice); without it such a message fails the delivery with its reason, for the operator to decide
 */
@ConfigurationProperties("briefs.mail")
record DeliveryProperties(@DefaultValue("briefs@example.org") String from,
		@DefaultValue("10MB") DataSize attachLimit, @DefaultValue("http://localhost:8080") String linkBase,
		@DefaultValue("3") int maxAttempts, @DefaultValue("1s") Duration backoff,
		@DefaultValue("false") boolean skipUnchanged, @DefaultValue("false") boolean resendUncertain) {
}
