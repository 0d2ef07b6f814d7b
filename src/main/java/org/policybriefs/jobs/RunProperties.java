package org.policybriefs.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs are owned. A process renews the lease of each run it runs every third of
 * {@code lease}; a run whose lease has not been renewed for {@code lease} has lost its owner.
 *
 * @param lease how long a run's lease lasts without being renewed (database time)
 * @param recovery whether this process looks for runs whose owner died and finishes them
 * ({@code serve} turns it on); a {@code run} for the same date takes over such a run in any case
 * @param concurrent runs this process runs at once; 0 sizes them from the connection pool (see {@link RunCapacity})
 * @param queue runs that may wait for their turn beyond those; a request beyond them is refused at once
 */
@ConfigurationProperties("briefs.runs")
public record RunProperties(@DefaultValue("30s") Duration lease, @DefaultValue("false") boolean recovery,
		@DefaultValue("0") int concurrent, @DefaultValue("16") int queue) {
}
