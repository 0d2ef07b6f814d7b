package org.policybriefs.distribute;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link: the address (base64url) and the HMAC-SHA256 of it
 * under a secret, {@code <address>.<signature>}. Only who knows the secret can make one, so a
 * link unsubscribes the address it was sent to and no other. The address is compared in lower
 * case, as the delivery ledger keeps it.
 */
public final class UnsubscribeToken {

	/** Signed with the address, so that a signature made for another purpose with the same secret never passes. */
	private static final String PURPOSE = "policy-briefs unsubscribe\n";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	public UnsubscribeToken(String secret) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("an unsubscribe token needs a secret (briefs.mail.unsubscribe.secret)");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/** The token for an address. */
	public String sign(String address) {
		String normal = address.toLowerCase(Locale.ROOT);
		return ENCODER.encodeToString(normal.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(normal));
	}

	/** The address a token was signed for, or empty when it is malformed or its signature does not match. */
	public Optional<String> verify(String token) {
		if (token == null || token.length() > 1000) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String address;
		try {
			address = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		// the whole token as it would be signed, compared in constant time (how much of a forged
		// token matches is not told by how long the answer takes); a second spelling of the same
		// bytes in base64 does not pass
		byte[] expected = sign(address).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII)) ? Optional.of(address)
				: Optional.empty();
	}

	private byte[] mac(String address) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal((PURPOSE + address).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
