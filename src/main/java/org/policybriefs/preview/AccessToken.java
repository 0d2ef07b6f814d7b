package org.policybriefs.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in the preview's address, as Jupyter has one: the server listens on 127.0.0.1 only,
 * but every user of the machine can reach that, and a brief in preview may hold what is not yet
 * published. The address printed on the console carries the token; the first request with it
 * gets a cookie (named for the port, since cookies do not tell ports apart) and every later one
 * needs the cookie or the token.
 */
final class AccessToken {

	static final String PARAMETER = "token";

	private static final int BYTES = 24;

	private final String value;

	AccessToken(String value) {
		if (value == null || value.length() < 16) {
			throw new IllegalArgumentException("a preview token needs at least 16 characters");
		}
		this.value = value;
	}

	/** A new token of 192 random bits, URL-safe. */
	static AccessToken random(SecureRandom random) {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String value() {
		return this.value;
	}

	/** Whether the query string ({@code a=b&token=…}, undecoded) carries this token. */
	boolean inQuery(String query) {
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(PARAMETER + "=") && matches(pair.substring(PARAMETER.length() + 1))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a {@code Cookie} request header carries this token in the port's cookie. */
	boolean inCookies(String cookieHeader, int port) {
		if (cookieHeader == null) {
			return false;
		}
		String name = cookieName(port) + "=";
		for (String cookie : cookieHeader.split(";")) {
			String trimmed = cookie.strip();
			if (trimmed.startsWith(name) && matches(trimmed.substring(name.length()))) {
				return true;
			}
		}
		return false;
	}

	/** The {@code Set-Cookie} header that lets the browser in without the token in every address. */
	String setCookie(int port) {
		return cookieName(port) + "=" + this.value + "; Path=/; HttpOnly; SameSite=Strict";
	}

	static String cookieName(int port) {
		return "policy-briefs-preview-" + port;
	}

	/** Compared in constant time, so that the answer's timing tells nothing of how much matched. */
	private boolean matches(String given) {
		return MessageDigest.isEqual(this.value.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
