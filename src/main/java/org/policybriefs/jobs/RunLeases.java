package org.policybriefs.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code run_lease}: who runs each job execution, until when. The owner renews its
 * leases on a timer, in database time, so the clocks of the machines do not matter; a run whose
 * lease ran out lost its owner (killed, powered off, cut off) and is taken over by the first
 * instance that claims it, in one conditional update that only one claimant can win.
 */
@Component
class RunLeases implements JobExecutionListener, DisposableBean {

	private static final Log logger = LogFactory.getLog(RunLeases.class);

	private static final String UNTIL = "CURRENT_TIMESTAMP + CAST(:seconds AS DOUBLE PRECISION) * INTERVAL '1' SECOND";

	/** This process: its pid and host, and a random part, as a restarted process may get the same pid. */
	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Duration lease;

	private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "run-lease");
		thread.setDaemon(true);
		return thread;
	});

	RunLeases(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, RunProperties properties) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lease = properties.lease();
		long every = Math.max(100, this.lease.toMillis() / 3);
		this.renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	/** A run of this process takes its lease as it starts. */
	@Override
	public void beforeJob(JobExecution execution) {
		hold(execution.getId());
	}

	/** Takes the lease of a run of this process, or renews it when the run already has it (a queued run's). */
	void hold(long execution) {
		try {
			update("INSERT INTO run_lease (job_execution_id, owner, expires_at) VALUES (:execution, :owner, " + UNTIL
					+ ")", execution);
		}
		catch (DuplicateKeyException ex) {
			update("UPDATE run_lease SET expires_at = " + UNTIL + " WHERE job_execution_id = :execution AND owner = :owner",
					execution);
		}
	}

	/** A run that ended needs no owner. */
	@Override
	public void afterJob(JobExecution execution) {
		release(execution.getId());
	}

	void release(long execution) {
		update("DELETE FROM run_lease WHERE job_execution_id = :execution", execution);
	}

	/**
	 * Whether a running execution lost its owner: its lease ran out, or it has none though it was
	 * created a lease ago (made by a process that died before its first renewal).
	 */
	Optional<String> lostOwner(JobExecution execution) {
		List<Lease> leases = this.jdbc.query("""
				SELECT owner, CASE WHEN expires_at < CURRENT_TIMESTAMP THEN 1 ELSE 0 END AS expired
				FROM run_lease WHERE job_execution_id = :execution""",
				new MapSqlParameterSource("execution", execution.getId()),
				(rs, n) -> new Lease(rs.getString("owner"), rs.getInt("expired") == 1));
		if (leases.isEmpty()) {
			LocalDateTime created = execution.getCreateTime();
			return (created != null && created.plus(this.lease).isBefore(LocalDateTime.now()))
					? Optional.of("a process that never took its lease") : Optional.empty();
		}
		return leases.get(0).expired() ? Optional.of(leases.get(0).owner()) : Optional.empty();
	}

	/** Takes over a run whose owner is gone; true for the one claimant that wins. */
	boolean takeOver(JobExecution execution) {
		return takeOver(execution, false);
	}

	/**
	 * Takes over a run whose owner is gone.
	 * @param provenGone whether its owner is known to be gone though its lease may not have run out
	 * (the output folder's lock, which the operating system lets go with the process, is held here)
	 */
	boolean takeOver(JobExecution execution, boolean provenGone) {
		MapSqlParameterSource params = params(execution.getId());
		Integer taken = this.ownTransaction.execute((status) -> this.jdbc.update("""
				UPDATE run_lease SET owner = :owner, expires_at = %s
				WHERE job_execution_id = :execution AND %s""".formatted(UNTIL,
				provenGone ? "owner <> :owner" : "expires_at < CURRENT_TIMESTAMP"), params));
		if (taken != null && taken == 1) {
			return true;
		}
		try {
			update("INSERT INTO run_lease (job_execution_id, owner, expires_at) VALUES (:execution, :owner, " + UNTIL
					+ ")", execution.getId());
			return true;
		}
		catch (DuplicateKeyException ex) {
			// its lease is alive, or another instance claimed it first
			return false;
		}
	}

	private void renew() {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc
				.update("UPDATE run_lease SET expires_at = " + UNTIL + " WHERE owner = :owner", params(-1)));
		}
		catch (RuntimeException ex) {
			// the next renewal tries again; a lease that runs out meanwhile lets another instance take the run
			logger.warn("could not renew the leases of this process's runs: " + ex.getMessage());
		}
		catch (Error ex) {
			// a scheduled task's error would only stop the renewals, silently, with the process left hanging
			OutOfMemoryExit.haltIfOutOfMemory(ex);
			throw ex;
		}
	}

	private void update(String sql, long execution) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(sql, params(execution)));
	}

	private MapSqlParameterSource params(long execution) {
		return new MapSqlParameterSource("execution", execution).addValue("owner", this.owner)
			.addValue("seconds", this.lease.toMillis() / 1000.0);
	}

	@Override
	public void destroy() {
		this.renewal.shutdownNow();
	}

	private record Lease(String owner, boolean expired) {
	}

}
