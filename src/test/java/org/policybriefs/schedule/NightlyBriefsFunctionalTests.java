package org.policybriefs.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.PolicyBriefsApplication;
import org.policybriefs.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedule's guarantees, each on a real job and H2 file database, with a fixed clock and,
 * where firing often matters, a cron expression that fires every second.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class NightlyBriefsFunctionalTests {

	static final String EVERY_SECOND = "* * * * * *";

	static final String NIGHTLY = "0 0 2 * * *";

	/** 10:00 UTC on 27 November 2026: eight hours after that night's 02:00 fire. */
	static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path root;

	final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	TestDatabase database;

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void frequentFiresMakeOneRunForTheDayAndThenFindItUpToDate(CapturedOutput output) {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		// when
		ConfigurableApplicationContext context = serve(workspace, EVERY_SECOND, false, MORNING);

		// then: the first fire runs; later fires find the day running, then up to date
		await().atMost(Duration.ofSeconds(60)).until(() -> completedRuns(context, "2026-11-27") == 1);
		sleep(Duration.ofMillis(2500));
		assertThat(executions(context, "2026-11-27")).isEqualTo(1);
		assertThat(output.getAll()).contains("schedule (scheduled): run ", "started for 2026-11-27");
		assertThat(trigger(context)).isEqualTo("SCHEDULE");
	}

	@Test
	void afterDowntimeServeCatchesUpOnceForTheLatestMissedFire() {
		// given: a database with a run from a week ago, and a server that was down since
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		// when
		ConfigurableApplicationContext context = serve(workspace, NIGHTLY, true, MORNING);

		// then: one run, for the latest missed fire (today 02:00), none for the nights before
		await().atMost(Duration.ofSeconds(60)).until(() -> completedRuns(context, "2026-11-27") == 1);
		sleep(Duration.ofSeconds(1));
		assertThat(allExecutions(context)).isEqualTo(1);
	}

	@Test
	void withoutCatchUpAMissedFireIsNotReplayed() {
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		ConfigurableApplicationContext context = serve(workspace, NIGHTLY, false, MORNING);

		sleep(Duration.ofSeconds(2));
		assertThat(allExecutions(context)).isZero();
	}

	@Test
	void twoInstancesOnOneDatabaseMakeOneRunPerDay() {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		// when: both fire every second for the same day
		ConfigurableApplicationContext first = serve(workspace, EVERY_SECOND, true, MORNING);
		ConfigurableApplicationContext second = serve(workspace, EVERY_SECOND, true, MORNING);

		// then
		await().atMost(Duration.ofSeconds(60)).until(() -> completedRuns(first, "2026-11-27") == 1);
		sleep(Duration.ofMillis(2500));
		assertThat(executions(first, "2026-11-27")).isEqualTo(1);
		assertThat(executions(second, "2026-11-27")).isEqualTo(1);
	}

	@Test
	void latestFireIsFoundAcrossGapsOfAnyLength() {
		NightlyBriefs nightly = new NightlyBriefs(null, null,
				new ScheduleProperties(true, "0 30 1 1 * *", ZoneOffset.UTC, true, false, Duration.ofSeconds(30)),
				MORNING, null);

		assertThat(nightly.latestFireBefore(java.time.ZonedDateTime.now(MORNING)))
			.hasValueSatisfying((fire) -> assertThat(fire.toString()).startsWith("2026-11-01T01:30Z"));
	}

	private ConfigurableApplicationContext serve(BriefWorkspace workspace, String cron, boolean catchUp, Clock clock) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyBriefsApplication.class)
			.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("clock", clock))
			// as command-line arguments: they must win over application.yml, as an operator's would
			.run(arguments(List.of("--briefs.schedule.enabled=true", "--briefs.schedule.cron=" + cron,
					"--briefs.schedule.zone=UTC", "--briefs.schedule.catch-up=" + catchUp,
					"--briefs.schedule.distribute=false", "--briefs.serve.input=" + workspace.input(),
					"--briefs.serve.output=" + workspace.output())));
		this.contexts.add(context);
		return context;
	}

	/** The settings and one database for every instance of a test. */
	private String[] arguments(List<String> settings) {
		if (this.database == null) {
			this.database = TestDatabase.forTest(this.root);
		}
		List<String> arguments = new ArrayList<>(this.database.arguments());
		arguments.addAll(settings);
		return arguments.toArray(String[]::new);
	}

	private static int completedRuns(ConfigurableApplicationContext context, String asOf) {
		return count(context, "AND e.STATUS = 'COMPLETED'", asOf);
	}

	private static int executions(ConfigurableApplicationContext context, String asOf) {
		return count(context, "", asOf);
	}

	private static int count(ConfigurableApplicationContext context, String condition, String asOf) {
		Integer count = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("""
				SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				WHERE p.PARAMETER_NAME = 'asOf' AND p.PARAMETER_VALUE = ?""" + " " + condition, Integer.class, asOf);
		return (count != null) ? count : 0;
	}

	private static int allExecutions(ConfigurableApplicationContext context) {
		Integer count = new JdbcTemplate(context.getBean(DataSource.class))
			.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
		return (count != null) ? count : 0;
	}

	private static String trigger(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
				"SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'trigger'", String.class);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
