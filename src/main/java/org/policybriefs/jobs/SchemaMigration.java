package org.policybriefs.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the job database, also when several processes start on an empty shared database at
 * once (serve instances, workers): the one that comes second can find Flyway's history table made
 * but still empty ("Unable to baseline … as it already exists, and is empty") and tries again
 * once the first is done, instead of exiting.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

	private static final Log logger = LogFactory.getLog(SchemaMigration.class);

	static final int ATTEMPTS = 5;

	@Bean
	FlywayMigrationStrategy migrateAfterAnotherFirstStart() {
		return SchemaMigration::migrate;
	}

	static void migrate(Flyway flyway) {
		for (int attempt = 1;; attempt++) {
			try {
				flyway.migrate();
				return;
			}
			catch (FlywayException ex) {
				if (attempt == ATTEMPTS || !isAnotherFirstStart(ex)) {
					throw ex;
				}
				logger.info("another process is making the job database's schema (" + ex.getMessage()
						+ "); migrating again in " + attempt + " s");
				pause(attempt * 1000L);
			}
		}
	}

	/** Whether the failure is the race of two first starts: a schema object another process has just made. */
	static boolean isAnotherFirstStart(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("already exists")) {
				return true;
			}
		}
		return false;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to migrate the job database", ex);
		}
	}

}
