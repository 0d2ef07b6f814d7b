package org.policybriefs.web;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks names and passwords (form and HTTP Basic alike) through {@link LoginThrottle}: a name or
 * address that failed too often is refused before its password is looked at.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String user = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		Duration refused = this.throttle.refusedFor(user, address).orElse(null);
		if (refused != null) {
			throw new Throttled(refused);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(user);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(user, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** A login refused for too many failed ones before it, however right its password. */
	static final class Throttled extends LockedException {

		private final long seconds;

		Throttled(Duration left) {
			super("too many failed logins for this name or from this address; try again in "
					+ Math.max(1, left.toSeconds()) + " s");
			this.seconds = Math.max(1, left.toSeconds());
		}

		long seconds() {
			return this.seconds;
		}

	}

}
