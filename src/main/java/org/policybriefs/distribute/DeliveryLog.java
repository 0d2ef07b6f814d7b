package org.policybriefs.distribute;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables {@code delivery_log} (every delivery of every run, as it went) and
 * {@code delivery_ledger} (what was sent, unique per as-of date, analyst and content). Every write
 * commits at once, in its own transaction, apart from the step's: a message that went out stays
 * recorded even if the run fails or is killed a moment later, so a restart never sends it again.
 */
@Repository
public class DeliveryLog {

	/** The name of the step that delivers the briefs. */
	public static final String STEP = "distribute";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String SKIPPED = "SKIPPED";

	static final String FAILED = "FAILED";

	static final String REJECTED = "REJECTED";

	/** Not sent: the analyst asked for no more messages ({@link Unsubscribes}). */
	static final String UNSUBSCRIBED = "UNSUBSCRIBED";

	/** Begun by a run that was killed while sending: the message may or may not have gone out. */
	static final String UNKNOWN = "UNKNOWN";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	DeliveryLog(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A run's deliveries by outcome. */
	public Counts counts(long execution) {
		int[] counts = new int[5];
		this.jdbc.query("SELECT status, COUNT(*) AS n FROM delivery_log WHERE job_execution_id = :execution"
				+ " GROUP BY status", new MapSqlParameterSource("execution", execution), (rs) -> {
					int index = switch (rs.getString("status")) {
						case SENT -> 0;
						case SKIPPED -> 1;
						case FAILED, UNKNOWN -> 2;
						case UNSUBSCRIBED -> 4;
						default -> 3;
					};
					counts[index] += rs.getInt("n");
				});
		return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]);
	}

	/** Every delivery of a job instance (its first run and restarts), in the order they began. */
	public List<Delivery> findAll(long instance) {
		return this.jdbc.query("""
				SELECT job_execution_id AS run, recipient, briefs, status, attempts, message_id, error, started_at,
					finished_at
				FROM delivery_log WHERE job_instance_id = :instance ORDER BY id""",
				new MapSqlParameterSource("instance", instance), new DataClassRowMapper<>(Delivery.class));
	}

	/**
	 * Claims the delivery of some content to a recipient for this run. Empty when the claim is
	 * this run's; otherwise the run that claimed it first, which sent it or began to.
	 */
	Optional<Earlier> claim(Run run, String recipient, String fingerprint) {
		MapSqlParameterSource key = new MapSqlParameterSource("asOf", run.asOf())
			.addValue("recipient", recipient.toLowerCase(Locale.ROOT))
			.addValue("fingerprint", fingerprint);
		try {
			this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update("""
					INSERT INTO delivery_ledger (as_of, recipient, fingerprint, job_execution_id, status)
					VALUES (:asOf, :recipient, :fingerprint, :execution, 'SENDING')""",
					key.addValue("execution", run.execution())));
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			List<Earlier> earlier = this.ownTransaction.execute((tx) -> this.jdbc.query("""
					SELECT job_execution_id, status FROM delivery_ledger
					WHERE as_of = :asOf AND recipient = :recipient AND fingerprint = :fingerprint""", key,
					(rs, n) -> new Earlier(rs.getLong("job_execution_id"), rs.getString("status"))));
			return (earlier == null || earlier.isEmpty()) ? claim(run, recipient, fingerprint)
					: Optional.of(earlier.get(0));
		}
	}

	/** Marks a claimed delivery sent for good, or gives the claim back when it failed, for a later run to retry. */
	void settle(Run run, String recipient, String fingerprint, boolean sent) {
		MapSqlParameterSource key = new MapSqlParameterSource("asOf", run.asOf())
			.addValue("recipient", recipient.toLowerCase(Locale.ROOT))
			.addValue("fingerprint", fingerprint)
			.addValue("execution", run.execution());
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update(sent ? """
				UPDATE delivery_ledger SET status = 'SENT'
				WHERE as_of = :asOf AND recipient = :recipient AND fingerprint = :fingerprint AND job_execution_id = :execution"""
				: """
						DELETE FROM delivery_ledger
						WHERE as_of = :asOf AND recipient = :recipient AND fingerprint = :fingerprint
							AND job_execution_id = :execution""", key));
	}

	/**
	 * Settles what a killed run left: a claim it held while sending this content to this recipient,
	 * and its delivery still marked SENDING, become UNKNOWN, which is what they are. The run that
	 * began them has ended: at most one run per as-of date is in progress, and the content
	 * fingerprint holds the date.
	 */
	void resolveUnknown(Run run, String recipient, String fingerprint) {
		MapSqlParameterSource key = new MapSqlParameterSource("asOf", run.asOf())
			.addValue("recipient", recipient.toLowerCase(Locale.ROOT))
			.addValue("fingerprint", fingerprint)
			.addValue("execution", run.execution())
			.addValue("now", Timestamp.from(Instant.now()));
		this.ownTransaction.executeWithoutResult((tx) -> {
			this.jdbc.update("""
					UPDATE delivery_ledger SET status = 'UNKNOWN'
					WHERE as_of = :asOf AND recipient = :recipient AND fingerprint = :fingerprint AND status = 'SENDING'
						AND job_execution_id <> :execution""", key);
			this.jdbc.update("""
					UPDATE delivery_log SET status = 'UNKNOWN', finished_at = :now,
						error = 'the run stopped while sending; whether the message went out is unknown'
					WHERE LOWER(recipient) = :recipient AND fingerprint = :fingerprint AND status = 'SENDING'
						AND job_execution_id <> :execution""", key);
		});
	}

	/** Takes over for this run the claim of a delivery whose outcome is unknown, to send it again. */
	void takeOver(Run run, String recipient, String fingerprint) {
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update("""
				UPDATE delivery_ledger SET job_execution_id = :execution, status = 'SENDING'
				WHERE as_of = :asOf AND recipient = :recipient AND fingerprint = :fingerprint AND status = 'UNKNOWN'""",
				new MapSqlParameterSource("asOf", run.asOf()).addValue("recipient", recipient.toLowerCase(Locale.ROOT))
					.addValue("fingerprint", fingerprint)
					.addValue("execution", run.execution())));
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
				new MapSqlParameterSource("id", id).addValue("attempts", attempts).addValue("error", limited(error))));
	}

	void close(long id, String status, int attempts, String messageId, String error) {
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.update("""
				UPDATE delivery_log SET status = :status, attempts = :attempts, message_id = :messageId, error = :error,
					finished_at = :now
				WHERE id = :id""", new MapSqlParameterSource("id", id).addValue("status", status)
			.addValue("attempts", attempts)
			.addValue("messageId", messageId)
			.addValue("error", limited(error))
			.addValue("now", Timestamp.from(Instant.now()))));
	}

	private static String limited(String error) {
		return (error != null && error.length() > 4000) ? error.substring(0, 4000) : error;
	}

	/** The run that delivers. */
	record Run(long instance, long execution, String asOf) {
	}

	/** An earlier delivery of the same content: sent, or begun by a run that stopped while sending. */
	record Earlier(long execution, String status) {
	}

	/**
	 * Deletes the audit rows of deliveries begun before the cutoff, of any run (the ledger that
	 * keeps a message from going twice is not touched).
	 * @return how many rows went
	 */
	public int deleteStartedBefore(LocalDateTime cutoff) {
		return this.jdbc.update("DELETE FROM delivery_log WHERE started_at < :cutoff",
				new MapSqlParameterSource("cutoff", Timestamp.valueOf(cutoff)));
	}

	/** A run's deliveries by outcome. */
	public record Counts(int sent, int skipped, int failed, int rejected, int unsubscribed) {
	}

	/** One delivery as the log has it; {@code run} is the job execution that made it. */
	public record Delivery(long run, String recipient, String briefs, String status, int attempts, String messageId,
			String error, LocalDateTime startedAt, LocalDateTime finishedAt) {
	}

}
