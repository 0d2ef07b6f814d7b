package org.policybriefs.publish;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty editions with {@code keep-editions=30} and {@code keep-days=0}: the database keeps the
 * data of exactly the newest thirty, every delivery-log row younger than
 * {@code keep-delivery-days}, and every published file.
 */
@SpringBootTest(properties = { "briefs.retention.keep-editions=30", "briefs.retention.keep-days=0" })
class RetentionFunctionalTests {

	/** The tables that hold a run's data, by job instance, each stage's own. */
	private static final List<String> RUN_TABLES = List.of("source", "region", "indicator", "observation",
			"derived_value", "rejected_row", "file_reconciliation", "rendered_brief");

	@TempDir
	Path temp;

	@Autowired
	BriefRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fortyEditionsLeaveTheDataOfTheNewestThirtyAndTheDeliveryRowsWithinTheirLimit() {
		// given: forty daily editions, each delivered to the three shipped analysts
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		LocalDate first = LocalDate.parse("2026-01-01");
		this.jdbc.update("""
				INSERT INTO delivery_log (job_instance_id, job_execution_id, as_of, recipient, briefs, fingerprint, status,
					attempts, started_at) VALUES (0, 0, '2023-01-01', 'expired@example.org', 'comparative', 'x', 'SENT', 1, ?)""",
				Timestamp.valueOf(LocalDate.now().minusDays(731).atStartOfDay()));
		long deliveriesBefore = count("SELECT COUNT(*) FROM delivery_log");
		List<Long> instances = new ArrayList<>();

		// when
		for (int day = 0; day < 40; day++) {
			RunOutcome outcome = this.runs.run(new BriefRunRequest(first.plusDays(day), workspace.input(),
					workspace.output(), List.of("comparative"), List.of("en"), true, BriefRunRequest.Trigger.COMMAND_LINE));
			assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
			instances.add(this.jdbc.queryForObject("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
					Long.class, outcome.executionId()));
		}

		// then
		List<Long> oldest = instances.subList(0, 10);
		List<Long> newest = instances.subList(10, 40);
		for (String table : RUN_TABLES) {
			assertThat(instancesIn(table, oldest)).as(table).isEmpty();
			if (!table.equals("rejected_row")) { // the shipped data has no rejected rows
				assertThat(instancesIn(table, instances)).as(table).containsExactlyInAnyOrderElementsOf(newest);
			}
		}
		assertThat(count("SELECT COUNT(*) FROM delivery_log") - deliveriesBefore).isEqualTo(40 * 3 - 1);
		assertThat(count("SELECT COUNT(*) FROM delivery_log WHERE recipient = 'expired@example.org'")).isZero();
		assertThat(workspace.published("2026-01-01").resolve("comparative.en.pdf")).exists();
	}

	private List<Long> instancesIn(String table, List<Long> among) {
		return this.jdbc.queryForList("SELECT DISTINCT job_instance_id FROM " + table, Long.class)
			.stream()
			.filter(among::contains)
			.toList();
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
