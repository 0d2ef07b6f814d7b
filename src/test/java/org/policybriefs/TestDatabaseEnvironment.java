package org.policybriefs;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * On the PostgreSQL run of the database tests, gives every application context that names no
 * database of its own a new one on the shared server, created when the context first asks for it;
 * the H2 run keeps the test configuration's fresh H2 file.
 */
class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (TestDatabase.POSTGRESQL) {
			// below the command line, system properties and a test's own properties; above the configuration files
			environment.getPropertySources()
				.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LazyDatabase());
		}
	}

	private static final class LazyDatabase extends PropertySource<Object> {

		private volatile TestDatabase database;

		LazyDatabase() {
			super("test-database", new Object());
		}

		@Override
		public Object getProperty(String name) {
			return switch (name) {
				case "spring.datasource.url" -> database().url();
				case "spring.datasource.username" -> database().username();
				case "spring.datasource.password" -> database().password();
				default -> null;
			};
		}

		private synchronized TestDatabase database() {
			if (this.database == null) {
				this.database = TestDatabase.postgresql();
			}
			return this.database;
		}

	}

}
