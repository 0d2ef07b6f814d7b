package org.policybriefs.ingest;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation after an ingest step, on an in-memory database: counts recorded in the table
 * and the step context, duplicates moved to the rejects, and a step whose counts do not add up fails.
 */
class IngestStepListenerTests {

	private static final long INSTANCE = 7;

	private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
		.generateUniqueName(true)
		.build();

	{
		// the application's own migrations, as every database gets them
		Flyway.configure().dataSource(this.database).locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
	}

	private final NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(this.database);

	private final IngestStepListener listener = new IngestStepListener(this.jdbc);

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void countsThatAddUpAreRecordedInTheTableAndTheStepContext() {
		StepExecution step = observationsStep(3);
		this.listener.beforeStep(step);
		loadObservation(2, "GZ", "2024", 1.0);
		loadObservation(3, "SH", "2024", 2.0);
		reject(4);

		ExitStatus exit = this.listener.afterStep(step);

		assertThat(exit).isNull();
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step.getExecutionContext().getLong(IngestStepListener.ROWS_READ)).isEqualTo(3);
		assertThat(step.getExecutionContext().getLong(IngestStepListener.ROWS_LOADED)).isEqualTo(2);
		assertThat(step.getExecutionContext().getLong(IngestStepListener.ROWS_REJECTED)).isEqualTo(1);
		assertThat(this.jdbc.queryForMap("SELECT rows_read, rows_loaded, rows_rejected FROM file_reconciliation",
				new MapSqlParameterSource()))
			.containsValues(3L, 2L, 1L);
	}

	@Test
	void countsThatDoNotAddUpFailTheStep() {
		StepExecution step = observationsStep(3);
		this.listener.beforeStep(step);
		loadObservation(2, "GZ", "2024", 1.0);

		ExitStatus exit = this.listener.afterStep(step);

		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(exit.getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
		assertThat(step.getFailureExceptions()).singleElement()
			.satisfies((failure) -> assertThat(failure).hasMessage("observations.csv: rows do not reconcile: read 3"
					+ " but loaded 1 + rejected 0; the run is stopped so that no figure goes missing"));
	}

	@Test
	void anExactRepeatIsRejectedInFavourOfTheFirstLine() {
		StepExecution step = observationsStep(3);
		this.listener.beforeStep(step);
		loadObservation(2, "GZ", "2024", 1.0);
		loadObservation(5, "GZ", "2024", 1.0);
		loadObservation(9, "GZ", "2024", 1.0);

		this.listener.afterStep(step);

		assertThat(this.jdbc.queryForList("SELECT line FROM observation ORDER BY line", new MapSqlParameterSource(),
				Long.class))
			.containsExactly(2L);
		assertThat(this.jdbc.queryForList("SELECT reason FROM rejected_row ORDER BY line", new MapSqlParameterSource(),
				String.class))
			.containsExactly("duplicate GZ / compute_capacity / 2024 / S1: already given on line 2; delete this row",
					"duplicate GZ / compute_capacity / 2024 / S1: already given on line 2; delete this row");
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theSameFigureFromAnotherSourceIsNoDuplicate() {
		StepExecution step = observationsStep(2);
		this.listener.beforeStep(step);
		loadObservation(2, "GZ", "2024", 1.0);
		IngestWriter.insert(this.jdbc.getJdbcTemplate(), INSTANCE, IngestSql.OBSERVATION,
				List.of(new Observation("GZ", "compute_capacity", "2024", 2.0, "=", "S2", "q", "", 3)));

		this.listener.afterStep(step);

		assertThat(this.jdbc.queryForList("SELECT line FROM observation ORDER BY line", new MapSqlParameterSource(),
				Long.class))
			.containsExactly(2L, 3L);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void copiesThatDisagreeAreAllRejectedAndTheOtherRowsKept() {
		StepExecution step = observationsStep(4);
		this.listener.beforeStep(step);
		loadObservation(2, "GZ", "2024", 1.0);
		loadObservation(3, "GZ", "2024", 2.0);
		loadObservation(4, "SH", "2024", 1.0);
		reject(5);

		this.listener.afterStep(step);

		assertThat(this.jdbc.queryForList("SELECT line FROM observation ORDER BY line", new MapSqlParameterSource(),
				Long.class))
			.containsExactly(4L);
		assertThat(this.jdbc.queryForList("SELECT reason FROM rejected_row WHERE line < 5 ORDER BY line",
				new MapSqlParameterSource(), String.class))
			.containsExactly(
					"duplicate GZ / compute_capacity / 2024 / S1 with a different value: lines 2, 3 disagree; keep the right"
							+ " one and delete the others",
					"duplicate GZ / compute_capacity / 2024 / S1 with a different value: lines 2, 3 disagree; keep the right"
							+ " one and delete the others");
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private static StepExecution observationsStep(long read) {
		JobExecution job = new JobExecution(1L, new JobInstance(INSTANCE, "briefs"), new JobParameters());
		StepExecution step = new StepExecution(IngestStepListener.stepName(InputFileSpec.OBSERVATIONS), job);
		step.setStatus(BatchStatus.COMPLETED);
		step.setReadCount(read);
		return step;
	}

	private void loadObservation(long line, String region, String period, double value) {
		IngestWriter.insert(this.jdbc.getJdbcTemplate(), INSTANCE, IngestSql.OBSERVATION,
				List.of(new Observation(region, "compute_capacity", period, value, "=", "S1", "q", "", line)));
	}

	private void reject(long line) {
		IngestWriter.insert(this.jdbc.getJdbcTemplate(), INSTANCE, IngestSql.REJECTED_ROW,
				List.of(new RejectedRow("observations.csv", line, "value", "x", "not a number")));
	}

}
