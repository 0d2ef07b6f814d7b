package org.policybriefs.jobs;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How many runs a process takes on for its connection pool: sized from the pool when not
 * configured, and a configured number the pool cannot hold stops the process at start, naming
 * both settings, rather than failing runs half-way for want of a connection.
 */
class RunCapacityTests {

	@ParameterizedTest(name = "pool {0}, {1} render threads: {2} at once")
	@CsvSource({ "10, 2, 2", "10, 1, 4", "32, 2, 10", "5, 1, 1", "4, 2, 1", "10, 8, 1" })
	void runsAtOnceAreSizedFromThePool(int pool, int renderThreads, int concurrent) {
		assertThat(RunCapacity.of(pool(pool), 0, 16, renderThreads).concurrent()).isEqualTo(concurrent);
	}

	@Test
	void aConfiguredNumberThatFitsIsKept() {
		assertThat(RunCapacity.of(pool(32), 10, 16, 2).concurrent()).isEqualTo(10);
		assertThat(RunCapacity.of(pool(4), 1, 16, 2).concurrent()).isEqualTo(1);
	}

	@Test
	void aConfiguredNumberThePoolCannotHoldStopsTheStartNamingBothSettings() {
		assertThatIllegalStateException().isThrownBy(() -> RunCapacity.of(pool(10), 10, 16, 2))
			.withMessage("briefs.runs.concurrent=10 needs a connection pool of 32 (3 per run: its step and its 2"
					+ " render threads, and 2 for the pages, leases and recovery), but"
					+ " spring.datasource.hikari.maximum-pool-size is 10: raise it to 32, or set"
					+ " briefs.runs.concurrent to 2 or less (0 sizes it from the pool)");
	}

	@Test
	void oneRenderThreadIsNamedSo() {
		assertThatIllegalStateException().isThrownBy(() -> RunCapacity.of(pool(5), 2, 16, 1))
			.withMessageStartingWith("briefs.runs.concurrent=2 needs a connection pool of 6 (2 per run: its step and its 1"
					+ " render thread, and 2 for");
	}

	@Test
	void runningAndWaitingPlacesAreTakenUpToTheQueueAndGivenBack() {
		RunCapacity capacity = RunCapacity.of(pool(10), 0, 3, 2);
		for (int i = 0; i < 2 + 3; i++) {
			assertThat(capacity.tryTake()).as("place " + (i + 1)).isTrue();
		}
		assertThat(capacity.tryTake()).as("one more than running and waiting").isFalse();
		capacity.giveBack();
		assertThat(capacity.tryTake()).isTrue();
	}

	/** A pool that is never connected: only its size is read. */
	private static HikariDataSource pool(int size) {
		HikariDataSource pool = new HikariDataSource();
		pool.setMaximumPoolSize(size);
		return pool;
	}

}
