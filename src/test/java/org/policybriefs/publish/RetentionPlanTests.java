package org.policybriefs.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPlanTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-12-31");

	private static List<RetentionPlan.Run> daily(int count) {
		List<RetentionPlan.Run> runs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			runs.add(new RetentionPlan.Run(i + 1, LocalDate.parse("2026-01-01").plusDays(i), false));
		}
		return runs;
	}

	private static List<Long> expired(List<RetentionPlan.Run> runs, int keepDays, int keepEditions, long current,
			LocalDate previous) {
		return RetentionPlan
			.expired(runs, TODAY, new RetentionProperties(keepDays, keepEditions, 730, false), current, previous)
			.stream()
			.map(RetentionPlan.Run::instance)
			.toList();
	}

	@Test
	void aRunGoesOnlyWhenOlderThanBothLimits() {
		assertThat(expired(daily(40), 0, 30, 40, null)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
		// the age limit keeps what the edition limit would let go
		assertThat(expired(daily(40), 365, 30, 40, null)).isEmpty();
		assertThat(expired(daily(40), 359, 30, 40, null)).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void neverTheCurrentRunThePreviousEditionOrARunInProgress() {
		List<RetentionPlan.Run> runs = new ArrayList<>(daily(5));
		runs.set(1, new RetentionPlan.Run(2, runs.get(1).asOf(), true));

		assertThat(expired(runs, 0, 0, 5, LocalDate.parse("2026-01-03"))).containsExactly(1L, 4L);
	}

	@Test
	void everyRunOfAnOldDateGoesWithIt() {
		List<RetentionPlan.Run> runs = new ArrayList<>(daily(3));
		runs.add(new RetentionPlan.Run(9, LocalDate.parse("2026-01-01"), false));

		assertThat(expired(runs, 0, 2, 3, null)).containsExactly(1L, 9L);
	}

}
