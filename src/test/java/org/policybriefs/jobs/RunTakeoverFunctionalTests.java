package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recovery looks for running runs, then takes over those whose owner is gone. A run of this
 * process that ends between the look and the take-over lets its lease go as it ends; it is not
 * taken for dead and restarted (which raced the run's own last update: "wrong version").
 */
@Tag("database")
@SpringBootTest(properties = "briefs.runs.lease=1s")
class RunTakeoverFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns runs;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	RunLeases leases;

	@Test
	void aRunThatEndedSinceItWasFoundRunningIsNotTakenOver() throws Exception {
		// given: a run that has ended and let its lease go, as recovery's look saw it a moment before
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		RunOutcome ended = this.runs.run(new BriefRunRequest(LocalDate.parse("2026-09-01"), workspace.input(),
				workspace.output(), List.of("comparative"), List.of("en"), false, BriefRunRequest.Trigger.ON_DEMAND));
		JobExecution lookedAt = this.jobRepository.getJobExecution(ended.executionId());
		lookedAt.setStatus(BatchStatus.STARTED);
		lookedAt.setEndTime(null);
		// older than a lease, with none: what a process that died before its first renewal leaves
		Thread.sleep(1100);

		// when
		boolean taken = new RunTakeover(new RunOperator(this.jobRepository, ObservationRegistry.NOOP, 1),
				this.jobRepository, this.leases)
			.takeOver(lookedAt, false);

		// then
		assertThat(taken).isFalse();
		assertThat(this.jobRepository.getJobExecution(ended.executionId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
