package org.policybriefs.distribute;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The settings of the messages' headers: a Message-ID domain that is never localhost, and a
 * one-click link only with a secret to sign it.
 */
class MailSettingsTests {

	@Test
	void theMessageIdDomainIsTheSendersUnlessSet() {
		assertThat(delivery("Briefs <briefs@think.example.net>", "").messageIdDomain()).isEqualTo("think.example.net");
		assertThat(delivery("briefs@think.example.net", "mail.example.org").messageIdDomain())
			.isEqualTo("mail.example.org");
	}

	@Test
	void localhostIsRefusedAsMessageIdDomain() {
		assertThatIllegalArgumentException().isThrownBy(() -> delivery("briefs@localhost", ""))
			.withMessageContaining("briefs.mail.message-id-domain: 'localhost'");
		assertThatIllegalArgumentException().isThrownBy(() -> delivery("briefs@example.org", "localhost"))
			.withMessageContaining("briefs.mail.message-id-domain");
	}

	@Test
	void oneClickWithoutASecretIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnsubscribeProperties("https://briefs.example.org", "", ""))
			.withMessageContaining("briefs.mail.unsubscribe.secret is not");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnsubscribeProperties("https://briefs.example.org", "short", ""))
			.withMessageContaining("shorter than 32 characters");
	}

	@Test
	void oneClickNeedsAnHttpAddress() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnsubscribeProperties("javascript:alert(1)", "x".repeat(32), ""))
			.withMessageContaining("not an http(s) address");
	}

	@Test
	void withoutAPublicAddressThereIsNoOneClickAndNoSecretIsNeeded() {
		assertThat(new UnsubscribeProperties("", "", "").oneClick()).isFalse();
		assertThat(new UnsubscribeProperties("https://briefs.example.org/", "x".repeat(32), "").publicUrl())
			.isEqualTo("https://briefs.example.org");
	}

	private static DeliveryProperties delivery(String from, String domain) {
		return new DeliveryProperties(from, "", domain, DataSize.ofMegabytes(10), "http://localhost:8080", 3,
				Duration.ofSeconds(1), false, false);
	}

}
