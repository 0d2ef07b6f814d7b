package org.policybriefs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.JarProcesses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that serves no page starts without Boot's background pre-initialisers, which warm up
 * Jackson, Tomcat and the HTTP converters for a web application on the second core, where the
 * command's own warm-up runs. Boot's listener reads its switch when the application is made, so
 * the switch must be set before that: read from the classes the JVM loads.
 */
class CommandStartFunctionalTests {

	@TempDir
	Path folder;

	final JarProcesses processes = new JarProcesses();

	@AfterEach
	void stopProcesses() {
		this.processes.close();
	}

	@Test
	void aCommandLoadsNoneOfBootsBackgroundPreinitializers() throws IOException {
		// given
		Path loaded = this.folder.resolve("classes.txt");

		// when
		JarProcesses.Running validate = this.processes.start("validate",
				List.of("-Xlog:class+load=info:file=" + loaded), List.of("validate"));

		// then
		assertThat(validate.awaitExit(Duration.ofMinutes(2))).as(validate.output()).isZero();
		List<String> classes = Files.readAllLines(loaded);
		assertThat(classes).as("the classes the JVM loaded").anyMatch((line) -> line.contains("org.policybriefs.CommandContext"));
		assertThat(classes).noneMatch((line) -> line.contains("BackgroundPreinitializer"));
	}

}
