package org.policybriefs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database of a test. By default an H2 file under the test's folder; with
 * {@code -Dbriefs.test.database=postgresql} (the Maven profile {@code postgresql}) a database of
 * its own on the one shared PostgreSQL server ({@code briefs.test.postgresql.url}, user
 * {@code briefs}, as {@code .ci/run} sets it up), created for the test and dropped when the JVM ends.
 */
public record TestDatabase(String url, String username, String password) {

	/** Whether this test JVM runs the database tests on PostgreSQL. */
	public static final boolean POSTGRESQL = "postgresql"
		.equals(System.getProperty("briefs.test.database", "h2").toLowerCase(Locale.ROOT));

	private static final String SERVER = System.getProperty("briefs.test.postgresql.url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getProperty("briefs.test.postgresql.user", "briefs");

	private static final String PASSWORD = System.getProperty("briefs.test.postgresql.password", "briefs");

	private static final Set<String> created = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
	}

	/** A database for one test, shared by the contexts and processes it starts. */
	public static TestDatabase forTest(Path root) {
		return POSTGRESQL ? postgresql() : new TestDatabase("jdbc:h2:file:" + root.resolve("db/briefs")
				+ ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
	}

	/** A new, empty database on the shared PostgreSQL server, whatever this JVM's default. */
	public static TestDatabase postgresql() {
		String name = "briefs_test_" + UUID.randomUUID().toString().replace("-", "");
		execute(SERVER, "CREATE DATABASE " + name);
		created.add(name);
		return new TestDatabase(SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name, USER, PASSWORD);
	}

	/** A connection to the database for a test's own queries. */
	public JdbcTemplate jdbc() {
		return new JdbcTemplate(new DriverManagerDataSource(this.url, this.username, this.password));
	}

	/** The settings as command-line arguments of the application. */
	public List<String> arguments() {
		return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.username,
				"--spring.datasource.password=" + this.password);
	}

	private static void dropCreated() {
		for (String name : created) {
			try {
				execute(SERVER, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (IllegalStateException ex) {
				// the server went away first: nothing left to clean
			}
		}
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + url + " as " + USER + ": " + ex.getMessage()
					+ " (start it and create the role as .ci/run does: pg_ctlcluster 15 main start; runuser -u postgres"
					+ " -- psql -c \"CREATE ROLE briefs LOGIN PASSWORD 'briefs' CREATEDB\")", ex);
		}
	}

}
