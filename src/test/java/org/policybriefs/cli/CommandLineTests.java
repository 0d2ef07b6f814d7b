package org.policybriefs.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The command line: serve switches the web application and the schedule on, run takes
 * {@code --no-distribute} as a switch.
 */
class CommandLineTests {

	@Test
	void serveTurnsTheWebApplicationAndTheScheduleOn() {
		CommandLine commandLine = CommandLine.parse("serve", "--server.port=9090", "--output=/data/out");

		assertThat(commandLine.isServe()).isTrue();
		assertThat(commandLine.contextArguments()).containsExactlyInAnyOrder("--server.port=9090",
				"--spring.main.web-application-type=servlet", "--briefs.schedule.enabled=true",
				"--briefs.serve.output=/data/out");
	}

	@Test
	void serveKeepsWhatTheCommandLineSays() {
		CommandLine commandLine = CommandLine.parse("serve", "--briefs.schedule.enabled=false");

		assertThat(commandLine.contextArguments()).contains("--briefs.schedule.enabled=false")
			.doesNotContain("--briefs.schedule.enabled=true");
	}

	@Test
	void runStaysWithoutAWebApplication() {
		CommandLine commandLine = CommandLine.parse("run", "--as-of=2026-11-27", "--no-distribute");

		assertThat(commandLine.contextArguments()).isEmpty();
		assertThat(commandLine.flag("no-distribute")).isTrue();
	}

	@Test
	void serveTakesNoAsOfDate() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("serve", "--as-of=2026-11-27"))
			.withMessageContaining("unknown option --as-of for 'serve'");
	}

}
