package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launch path in the background: a request is answered at once, and a second request for
 * a date whose run is in progress is answered, not run.
 */
@Tag("database")
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BriefRunsFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns runs;

	@Autowired
	JobRepository jobRepository;

	@Test
	void aSecondRequestForADateInProgressIsSkippedAndLogged(CapturedOutput output) {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		BriefRunRequest request = new BriefRunRequest(LocalDate.parse("2026-10-01"), workspace.input(),
				workspace.output(), BriefRunRequest.DEFAULT_BRIEFS, BriefRunRequest.DEFAULT_LOCALES, false,
				BriefRunRequest.Trigger.ON_DEMAND);
		RunOutcome first = this.runs.start(request);

		// when: the same date, even with another selection, while the first is in progress
		RunOutcome second = this.runs.start(new BriefRunRequest(request.asOf(), request.input(), request.output(),
				request.briefs(), request.locales(), true, BriefRunRequest.Trigger.SCHEDULE));

		// then
		assertThat(first.status()).isEqualTo(RunOutcome.Status.STARTED);
		assertThat(second.status()).isEqualTo(RunOutcome.Status.ALREADY_RUNNING);
		assertThat(second.executionId()).isEqualTo(first.executionId());
		assertThat(output.getAll()).contains("skipped: a run for 2026-10-01 is already in progress");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jobRepository.getJobExecution(first.executionId()).getStatus() == BatchStatus.COMPLETED);
		assertThat(this.runs.start(request).status()).isEqualTo(RunOutcome.Status.UP_TO_DATE);
	}

}
