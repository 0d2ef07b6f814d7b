package org.policybriefs.jobs;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the job database under the output folder, {@code OUTPUT/.db/}, so that one output folder
 * has one history whoever starts the jar from wherever. The output folder is {@code briefs.output}
 * (the command line's {@code --output}), else {@code briefs.serve.output}, else {@code output}. A
 * datasource given anywhere (a PostgreSQL server shared by several instances, say) wins: this is
 * only the lowest-ranked default.
 */
public class JobDatabaseLocation implements EnvironmentPostProcessor, Ordered {

	/** The setting that carries the command line's {@code --output}. */
	public static final String OUTPUT = "briefs.output";

	static final String DATASOURCE = "spring.datasource.url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(DATASOURCE)) {
			return;
		}
		Path output = Path.of(environment.getProperty(OUTPUT, environment.getProperty("briefs.serve.output", "output")));
		environment.getPropertySources()
			.addLast(new MapPropertySource("briefsJobDatabase", Map.of(DATASOURCE, url(output))));
	}

	/**
	 * The H2 file database of an output folder. AUTO_SERVER lets a second process open the same
	 * file; WRITE_DELAY=0 makes every commit durable at once, so a run killed a moment after
	 * recording a rendered brief or a sent message still finds the record when it is restarted.
	 */
	static String url(Path output) {
		return "jdbc:h2:file:" + output.toAbsolutePath().normalize().resolve(".db").resolve("policy-briefs")
				+ ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
