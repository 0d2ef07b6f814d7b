package org.policybriefs.jobs;

import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * How many runs this process takes on: {@link #concurrent()} run at once, sized so that their
 * connections fit in the pool (each run holds one for its step and one per render thread, and
 * {@link #RESERVED} are kept for the pages, the leases and the recovery), and up to
 * {@code queue} more wait their turn. A request beyond that is refused before anything starts,
 * never failed half-way for want of a connection.
 */
final class RunCapacity {

	/** Connections kept for what is not a run: the pages and API, lease renewal, recovery. */
	static final int RESERVED = 2;

	private final int concurrent;

	private final Semaphore slots;

	RunCapacity(int concurrent, int queue) {
		this.concurrent = Math.max(1, concurrent);
		this.slots = new Semaphore(this.concurrent + Math.max(0, queue), true);
	}

	/**
	 * The capacity for a data source's pool.
	 * @param configured runs at once as configured, 0 to size them from the pool
	 * @param renderThreads the threads each run renders with
	 * @throws IllegalStateException when the configured runs need more connections than the pool
	 * holds: they would wait for connections and fail half-way, so the process does not start
	 */
	static RunCapacity of(DataSource dataSource, int configured, int queue, int renderThreads) {
		int pool = (dataSource instanceof HikariDataSource hikari) ? hikari.getMaximumPoolSize() : 10;
		int perRun = 1 + Math.max(1, renderThreads);
		int fits = (pool - RESERVED) / perRun;
		if (configured > Math.max(1, fits)) {
			throw new IllegalStateException("briefs.runs.concurrent=" + configured + " needs a connection pool of "
					+ (configured * perRun + RESERVED) + " (" + perRun + " per run: its step and its " + (perRun - 1)
					+ ((perRun == 2) ? " render thread" : " render threads") + ", and " + RESERVED + " for the pages, leases and recovery), but"
					+ " spring.datasource.hikari.maximum-pool-size is " + pool + ": raise it to "
					+ (configured * perRun + RESERVED) + ", or set briefs.runs.concurrent to " + Math.max(1, fits)
					+ " or less (0 sizes it from the pool)");
		}
		return new RunCapacity((configured > 0) ? configured : fits, queue);
	}

	int concurrent() {
		return this.concurrent;
	}

	/** Takes a place for one run, running or waiting; false when every place is taken. */
	boolean tryTake() {
		return this.slots.tryAcquire();
	}

	void giveBack() {
		this.slots.release();
	}

}
