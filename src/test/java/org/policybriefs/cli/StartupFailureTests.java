package org.policybriefs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure to start is said in one line: the first cause that is not one of Spring's wrappers,
 * and the stack trace only when asked for.
 */
class StartupFailureTests {

	@Test
	void theCauseUnderSpringsWrappersIsTheMessage() {
		Exception failure = new BeanCreationException("briefCommands", "Error creating bean",
				new BeanCreationException("briefRenderer", "Constructor threw exception", new IllegalStateException(
						"Templates folder not found: /srv/templates; run from the project folder or set briefs.render.templates",
						new java.io.FileNotFoundException("templates does not exist."))));

		assertThat(StartupFailure.cause(failure)).isEqualTo(
				"Templates folder not found: /srv/templates; run from the project folder or set briefs.render.templates");
	}

	@Test
	void withoutDebugThereIsNoStackTrace() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		StartupFailure.report(new IllegalStateException("Driver org.h2.Driver claims to not accept jdbcUrl, jdbc:nope"),
				false, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
				"error: Driver org.h2.Driver claims to not accept jdbcUrl, jdbc:nope\n(run again with --debug for the stack trace)\n");
	}

}
