package org.policybriefs.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Slows down password guessing: after {@link #PER_USER} failed logins for one user name, or
 * {@link #PER_ADDRESS} from one address (several people may share one), within
 * {@link #WINDOW}, every login for that name or from that address is refused for
 * {@link #PAUSE}, the right password too, and the log says so. A success clears the name's count.
 */
final class LoginThrottle {

	private static final Log logger = LogFactory.getLog(LoginThrottle.class);

	static final int PER_USER = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration PAUSE = Duration.ofMinutes(1);

	/** Keys are {@code user:NAME} and {@code address:IP}; names are kept as given, case and all. */
	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long logins for this name or from this address stay refused; empty when they are not. */
	Optional<Duration> refusedFor(String user, String address) {
		Instant now = this.clock.instant();
		Duration longest = Duration.ZERO;
		for (String key : new String[] { userKey(user), addressKey(address) }) {
			Failures current = this.failures.get(key);
			if (current != null && current.pausedUntil() != null && current.pausedUntil().isAfter(now)) {
				Duration left = Duration.between(now, current.pausedUntil());
				longest = (left.compareTo(longest) > 0) ? left : longest;
			}
		}
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	void failed(String user, String address) {
		count(userKey(user), PER_USER, "user name '" + user + "'");
		count(addressKey(address), PER_ADDRESS, "address " + address);
	}

	void succeeded(String user) {
		this.failures.remove(userKey(user));
	}

	private void count(String key, int limit, String who) {
		Instant now = this.clock.instant();
		Failures updated = this.failures.compute(key, (k, current) -> {
			Failures base = (current == null || current.first().plus(WINDOW).isBefore(now)) ? new Failures(now, 0, null)
					: current;
			int count = base.count() + 1;
			return new Failures(base.first(), count, (count >= limit) ? now.plus(PAUSE) : base.pausedUntil());
		});
		if (updated.count() == limit) {
			logger.warn("login: " + limit + " failed logins for " + who + " within " + WINDOW.toMinutes()
					+ " minutes; logins for it are refused for " + PAUSE.toSeconds() + " s");
		}
	}

	private static String userKey(String user) {
		return "user:" + user;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Failures(Instant first, int count, Instant pausedUntil) {
	}

}
