package org.policybriefs.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting failed logins per name and per address, in the time of a clock the test moves. */
class LoginThrottleTests {

	Instant now = Instant.parse("2026-12-01T10:00:00Z");

	final LoginThrottle throttle = new LoginThrottle(new Clock() {
		@Override
		public Instant instant() {
			return LoginThrottleTests.this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void aNamePausesAfterItsLimitAndResumesAfterThePause() {
		for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
			this.throttle.failed("ana", "10.0.0." + i);
		}
		assertThat(this.throttle.refusedFor("ana", "10.0.0.99")).isEmpty();
		this.throttle.failed("ana", "10.0.0.50");
		assertThat(this.throttle.refusedFor("ana", "10.0.0.99")).hasValue(LoginThrottle.PAUSE);
		assertThat(this.throttle.refusedFor("Ana", "10.0.0.99")).as("another name").isEmpty();

		this.now = this.now.plus(LoginThrottle.PAUSE).plusSeconds(1);
		assertThat(this.throttle.refusedFor("ana", "10.0.0.99")).isEmpty();
	}

	@Test
	void failuresOutsideTheWindowAreForgotten() {
		for (int i = 0; i < LoginThrottle.PER_USER - 1; i++) {
			this.throttle.failed("bo", "10.0.1.1");
		}
		this.now = this.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
		this.throttle.failed("bo", "10.0.1.1");
		assertThat(this.throttle.refusedFor("bo", "10.0.1.2")).isEmpty();
	}

	@Test
	void anAddressPausesForEveryNameAfterItsLimit() {
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			this.throttle.failed("name-" + i, "10.0.2.1");
		}
		assertThat(this.throttle.refusedFor("someone", "10.0.2.1")).isPresent();
		assertThat(this.throttle.refusedFor("someone", "10.0.2.2")).isEmpty();
	}

	@Test
	void directionControlsAreShownNotObeyed() {
		assertThat(BidiSafeHtml.INSTANCE.escapePlainText("a\u202Eb\u2066c<d")).isEqualTo("a[U+202E]b[U+2066]c&lt;d");
		assertThat(BidiSafeHtml.INSTANCE.escapePlainText("plain")).isEqualTo("plain");
	}

}
