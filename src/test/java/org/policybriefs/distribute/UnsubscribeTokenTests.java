package org.policybriefs.distribute;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The one-click link's token: it names the address it was signed for, and nothing else passes.
 */
class UnsubscribeTokenTests {

	private static final String SECRET = "a-secret-of-more-than-thirty-two-characters";

	private final UnsubscribeToken tokens = new UnsubscribeToken(SECRET);

	@Test
	void aSignedTokenNamesItsAddressInLowerCase() {
		String token = this.tokens.sign("Bo.Analyst+briefs@Example.org");

		assertThat(this.tokens.verify(token)).contains("bo.analyst+briefs@example.org");
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
	}

	@Test
	void aTokenSignedWithAnotherSecretFails() {
		String token = new UnsubscribeToken("another-secret-of-more-than-thirty-two-chars").sign("bo@example.org");

		assertThat(this.tokens.verify(token)).isEmpty();
	}

	@Test
	void anotherAddressUnderTheSameSignatureFails() {
		String token = this.tokens.sign("bo@example.org");
		String signature = token.substring(token.indexOf('.') + 1);
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
				"ada@example.org".getBytes(StandardCharsets.UTF_8)) + "." + signature;

		assertThat(this.tokens.verify(forged)).isEmpty();
	}

	@Test
	void aSignatureChangedInOneCharacterFails() {
		String token = this.tokens.sign("bo@example.org");
		int middle = token.indexOf('.') + 10;
		String changed = token.substring(0, middle) + ((token.charAt(middle) == 'A') ? 'B' : 'A')
				+ token.substring(middle + 1);

		assertThat(this.tokens.verify(changed)).isEmpty();
	}

	@Test
	void aSecondBase64SpellingOfTheSameSignatureFails() {
		// 32 bytes take 43 characters: the last one carries two spare bits that a lenient decoder ignores
		String token = this.tokens.sign("bo@example.org");
		char last = token.charAt(token.length() - 1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		int index = alphabet.indexOf(last);
		String respelled = token.substring(0, token.length() - 1) + alphabet.charAt((index & ~3) | ((index + 1) & 3));

		assertThat(respelled).isNotEqualTo(token);
		assertThat(this.tokens.verify(respelled)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ".", "abc", "abc.", ".abc", "a.b.c", "not base64!.x", "Ym9AZXhhbXBsZS5vcmc" })
	void aMalformedTokenFails(String token) {
		assertThat(this.tokens.verify(token)).isEmpty();
	}

	@Test
	void noTokenFails() {
		assertThat(this.tokens.verify(null)).isEmpty();
	}

	@Test
	void noSecretSignsNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UnsubscribeToken(""))
			.withMessageContaining("briefs.mail.unsubscribe.secret");
	}

}
