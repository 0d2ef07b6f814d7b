package org.policybriefs.jobs;

import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the race of two first starts on one empty database is migrated again; any other failure stops the start. */
class SchemaMigrationTests {

	@Test
	void aHistoryTableAnotherProcessHasJustMadeIsTheRace() {
		FlywayException baseline = new FlywayException("Unable to baseline schema history table"
				+ " \"public\".\"flyway_schema_history\" as it already exists, and is empty.");
		FlywayException created = new FlywayException("Unable to create table",
				new SQLException("ERROR: relation \"flyway_schema_history\" already exists"));

		assertThat(SchemaMigration.isAnotherFirstStart(baseline)).isTrue();
		assertThat(SchemaMigration.isAnotherFirstStart(created)).isTrue();
	}

	@Test
	void aFailedMigrationIsNotRetried() {
		FlywayException failed = new FlywayException("Migration V202612061600__evidence.sql failed",
				new SQLException("ERROR: column \"preferred\" of relation \"observation\" does not exist"));

		assertThat(SchemaMigration.isAnotherFirstStart(failed)).isFalse();
	}

}
