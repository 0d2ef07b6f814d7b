package org.policybriefs.distribute;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code delivery_log}. Every write commits at once, in its own transaction, apart
 * from the step's: a message that went out stays recorded even if the run fails or is killed
 * a moment later, so a restart never sends it again.
 */
class DeliveryLog {

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String SKIPPED = "SKIPPED";

	static final String FAILED = "FAILED";

	static final String REJECTED = "REJECTED";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	DeliveryLog(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A delivery of the same briefs with the same content to this recipient: sent, or maybe sent. */
	Optional<Earlier> earlier(String recipient, String fingerprint) {
		List<Earlier> rows = this.ownTransaction.execute((status) -> this.jdbc.query("""
				SELECT job_execution_id, status FROM delivery_log
				WHERE LOWER(recipient) = LOWER(:recipient) AND fingerprint = :fingerprint AND status IN ('SENT', 'SENDING')
				ORDER BY id""", new MapSqlParameterSource("recipient", recipient).addValue("fingerprint", fingerprint),
				(rs, n) -> new Earlier(rs.getLong("job_execution_id"), rs.getString("status"))));
		return (rows == null || rows.isEmpty()) ? Optional.empty() : Optional.of(rows.get(0));
	}

	/** The latest as-of date before this one whose briefs this recipient was sent, if any. */
	Optional<String> lastReceived(String recipient, String before) {
		List<String> rows = this.ownTransaction.execute((status) -> this.jdbc.queryForList("""
				SELECT MAX(as_of) FROM delivery_log
				WHERE LOWER(recipient) = LOWER(:recipient) AND status = 'SENT' AND as_of < :before""",
				new MapSqlParameterSource("recipient", recipient).addValue("before", before), String.class));
		return (rows == null || rows.isEmpty() || rows.get(0) == null) ? Optional.empty() : Optional.of(rows.get(0));
	}

	long open(Run run, String recipient, String name, String briefs, String fingerprint, String status) {
		KeyHolder key = new GeneratedKeyHolder();
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update("""
				INSERT INTO delivery_log (job_instance_id, job_execution_id, as_of, recipient, recipient_name, briefs,
					fingerprint, status, attempts, started_at)
				VALUES (:instance, :execution, :asOf, :recipient, :name, :briefs, :fingerprint, :status, 0, :now)""",
				new MapSqlParameterSource("instance", run.instance()).addValue("execution", run.execution())
					.addValue("asOf", run.asOf())
					.addValue("recipient", recipient)
					.addValue("name", name)
					.addValue("briefs", briefs)
					.addValue("fingerprint", fingerprint)
					.addValue("status", status)
					.addValue("now", Timestamp.from(Instant.now())),
				key, new String[] { "id" }));
		return key.getKey().longValue();
	}

	void attempted(long id, int attempts, String error) {
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update("""
				UPDATE delivery_log SET attempts = :attempts, error = :error WHERE id = :id""",
				new MapSqlParameterSource("id", id).addValue("attempts", attempts)
					.addValue("error", (error != null && error.length() > 4000) ? error.substring(0, 4000) : error)));
	}

	void close(long id, String status, int attempts, String messageId, String error) {
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update("""
				UPDATE delivery_log SET status = :status, attempts = :attempts, message_id = :messageId, error = :error,
					finished_at = :now
				WHERE id = :id""", new MapSqlParameterSource("id", id).addValue("status", status)
			.addValue("attempts", attempts)
			.addValue("messageId", messageId)
			.addValue("error", (error != null && error.length() > 4000) ? error.substring(0, 4000) : error)
			.addValue("now", Timestamp.from(Instant.now()))));
	}

	/** The run that delivers. */
	record Run(long instance, long execution, String asOf) {
	}

	/** An earlier delivery of the same content. */
	record Earlier(long execution, String status) {
	}

}
