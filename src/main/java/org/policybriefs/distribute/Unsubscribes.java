package org.policybriefs.distribute;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code unsubscribe}: the addresses that asked for no more messages, when and how.
 * Written by serve mode when an analyst follows the link of a message, read by every run before it
 * sends; an address is kept in lower case, and its first request counts.
 */
@Repository
public class Unsubscribes {

	private final NamedParameterJdbcTemplate jdbc;

	Unsubscribes(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How an analyst unsubscribed. */
	public enum How {

		/** Their mail client's one-click request (RFC 8058), without a page. */
		ONE_CLICK,

		/** The button of the page the link opens. */
		PAGE

	}

	/** One address that asked for no more messages. */
	public record Unsubscribe(String recipient, Instant at, How how) {
	}

	/** Records that an address asked for no more messages; asking again changes nothing. */
	public Unsubscribe record(String address, How how) {
		MapSqlParameterSource row = new MapSqlParameterSource("recipient", address.toLowerCase(Locale.ROOT))
			.addValue("at", Timestamp.from(Instant.now()))
			.addValue("how", how.name());
		try {
			this.jdbc.update("INSERT INTO unsubscribe (recipient, unsubscribed_at, how) VALUES (:recipient, :at, :how)",
					row);
		}
		catch (DuplicateKeyException ex) {
			// asked before: the first request stands
		}
		return find(address).orElseThrow();
	}

	/** The request of an address, if it made one. */
	public Optional<Unsubscribe> find(String address) {
		List<Unsubscribe> rows = this.jdbc.query(
				"SELECT recipient, unsubscribed_at, how FROM unsubscribe WHERE recipient = :recipient",
				new MapSqlParameterSource("recipient", address.toLowerCase(Locale.ROOT)),
				(rs, n) -> new Unsubscribe(rs.getString("recipient"), rs.getTimestamp("unsubscribed_at").toInstant(),
						How.valueOf(rs.getString("how"))));
		return rows.stream().findFirst();
	}

}
