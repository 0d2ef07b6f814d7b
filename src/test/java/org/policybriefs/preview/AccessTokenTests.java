package org.policybriefs.preview;

import java.security.SecureRandom;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Only whoever has the address printed on the console sees the preview. */
class AccessTokenTests {

	private static final String SECRET = "s3cret-token-of-the-preview";

	private final AccessToken token = new AccessToken(SECRET);

	@Test
	void aRandomTokenIsLongUrlSafeAndNewEachTime() {
		SecureRandom random = new SecureRandom();
		AccessToken one = AccessToken.random(random);
		AccessToken other = AccessToken.random(random);

		assertThat(one.value()).hasSize(32).matches("[A-Za-z0-9_-]+");
		assertThat(one.value()).isNotEqualTo(other.value());
	}

	@Test
	void aShortTokenIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AccessToken("short"));
	}

	@Nested
	class InTheAddress {

		@Test
		void isFoundAmongOtherParameters() {
			assertThat(AccessTokenTests.this.token.inQuery("token=" + SECRET)).isTrue();
			assertThat(AccessTokenTests.this.token.inQuery("after=3&token=" + SECRET)).isTrue();
		}

		@ParameterizedTest
		@NullSource
		@ValueSource(strings = { "", "token=", "token=s3cret", "token=" + SECRET + "x", "xtoken=" + SECRET,
				"token=S3CRET-TOKEN-OF-THE-PREVIEW", "after=1" })
		void isRefusedWhenItIsNotExactlyTheToken(String query) {
			assertThat(AccessTokenTests.this.token.inQuery(query)).isFalse();
		}

	}

	@Nested
	class InACookie {

		@Test
		void isTheCookieItSetForItsPort() {
			String set = AccessTokenTests.this.token.setCookie(8765);

			assertThat(set).startsWith("policy-briefs-preview-8765=" + SECRET + ";").contains("HttpOnly")
				.contains("SameSite=Strict").contains("Path=/");
			assertThat(AccessTokenTests.this.token.inCookies("a=b; policy-briefs-preview-8765=" + SECRET, 8765)).isTrue();
		}

		@Test
		void ofAnotherPortOrWithAnotherValueIsRefused() {
			// cookies do not tell ports apart: another preview on this machine has its own cookie
			assertThat(AccessTokenTests.this.token.inCookies("policy-briefs-preview-8766=" + SECRET, 8765)).isFalse();
			assertThat(AccessTokenTests.this.token.inCookies("policy-briefs-preview-8765=other-value-of-20", 8765))
				.isFalse();
			assertThat(AccessTokenTests.this.token.inCookies(null, 8765)).isFalse();
		}

	}

}
