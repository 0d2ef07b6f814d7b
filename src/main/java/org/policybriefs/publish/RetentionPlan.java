package org.policybriefs.publish;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which runs' data retention deletes: those older than both limits, the age limit
 * ({@code keep-days}) and the edition limit ({@code keep-editions}, the newest as-of dates),
 * never the current run, the previous edition, or a run in progress. Plain logic without Spring.
 */
final class RetentionPlan {

	private RetentionPlan() {
	}

	/** One run (job instance) with data in the database. */
	record Run(long instance, LocalDate asOf, boolean running) {
	}

	static List<Run> expired(Collection<Run> runs, LocalDate today, RetentionProperties limits, long current,
			LocalDate previousEdition) {
		Set<LocalDate> dates = new TreeSet<>(java.util.Comparator.reverseOrder());
		runs.forEach((run) -> dates.add(run.asOf()));
		Set<LocalDate> newest = dates.stream().limit(Math.max(0, limits.keepEditions())).collect(Collectors.toSet());
		LocalDate cutoff = today.minusDays(Math.max(0, limits.keepDays()));
		return runs.stream()
			.filter((run) -> run.instance() != current && !run.running())
			.filter((run) -> !run.asOf().equals(previousEdition))
			.filter((run) -> !newest.contains(run.asOf()))
			.filter((run) -> run.asOf().isBefore(cutoff))
			.sorted(java.util.Comparator.comparing(Run::asOf).thenComparingLong(Run::instance))
			.toList();
	}

}
