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
	void serveTurnsTheWebApplicationTheScheduleAndRecoveryOn() {
		CommandLine commandLine = CommandLine.parse("serve", "--server.port=9090", "--output=/data/out");

		assertThat(commandLine.isServe()).isTrue();
		assertThat(commandLine.contextArguments()).containsExactlyInAnyOrder("--server.port=9090",
				"--spring.main.web-application-type=servlet", "--briefs.schedule.enabled=true",
				"--briefs.runs.recovery=true", "--briefs.serve.output=/data/out");
	}

	@Test
	void aWorkerTakesPartitionsAndTheBrokerKeepsItsOptions() {
		assertThat(CommandLine.parse("worker", "--spring.artemis.broker-url=tcp://b:61616").contextArguments())
			.containsExactlyInAnyOrder("--spring.artemis.broker-url=tcp://b:61616", "--briefs.workers.enabled=true");
		CommandLine broker = CommandLine.parse("broker", "--port=0", "--host=0.0.0.0");
		assertThat(broker.option("port", "61616")).isEqualTo("0");
		assertThat(broker.isService()).isTrue();
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
	void previewChecksInMemoryAndTakesItsPortBriefsAndLocales() {
		CommandLine commandLine = CommandLine.parse("preview", "--input=/data/in", "--brief=comparative",
				"--locale=en", "--port=8765", "--as-of=2026-12-06");

		assertThat(commandLine.previewRequest()).isEqualTo(new org.policybriefs.preview.PreviewRequest(
				java.nio.file.Path.of("/data/in"), java.util.List.of("comparative"), java.util.List.of("en"),
				java.time.LocalDate.parse("2026-12-06"), 8765));
		assertThat(commandLine.contextArguments()).containsExactlyInAnyOrder(
				"--spring.datasource.url=jdbc:h2:mem:preview;DB_CLOSE_DELAY=-1", "--logging.level.org.policybriefs=warn");
		assertThat(commandLine.isService()).as("it serves until stopped, but from the commands' context").isFalse();
		assertThat(CommandLine.parse("preview").previewRequest().port()).as("any free port").isZero();
	}

	@Test
	void previewRefusesAPortThatIsNoPortAndTheOptionsOfARun() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("preview", "--port=70000"))
			.withMessageContaining("--port must be a port number");
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("preview", "--output=out"))
			.withMessageContaining("unknown option --output for 'preview'");
	}

	@Test
	void serveTakesNoAsOfDate() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("serve", "--as-of=2026-11-27"))
			.withMessageContaining("unknown option --as-of for 'serve'");
	}


	@Test
	void anUnknownFlagIsNamedAsUnknown() {
		assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse("run", "--foo"))
			.withMessage("unknown option --foo for 'run'");
	}

	@Test
	void badValuesAreUsageErrorsBeforeAnythingStarts() {
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("run", "--as-of=2026-13-01"))
			.withMessageContaining("--as-of must be a date written YYYY-MM-DD");
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("run", "--brief=everything"))
			.withMessageContaining("unknown brief 'everything'");
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("validate", "--max-rejects=-1"))
			.withMessageContaining("--max-rejects must be a whole number");
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("run", "--strict=maybe"))
			.withMessageContaining("--strict takes no value");
	}

	@Test
	void theJobDatabaseFollowsTheOutputFolderUnlessADatasourceIsGiven() {
		assertThat(CommandLine.parse("run", "--output=/data/out").contextArguments())
			.containsExactly("--briefs.output=/data/out");
		// validate: a temporary file database, so that a million rows do not have to fit in the heap
		assertThat(CommandLine.parse("validate").contextArguments()).singleElement()
			.asString()
			.matches("--spring\\.datasource\\.url=jdbc:h2:file:.*policy-briefs-validate-[0-9]+/briefs;DB_CLOSE_DELAY=-1");
		assertThat(CommandLine.parse("validate", "--spring.datasource.url=jdbc:postgresql://db/briefs").contextArguments())
			.containsExactly("--spring.datasource.url=jdbc:postgresql://db/briefs");
	}

	@Test
	void rebindTakesPassagesOrAllButNotBoth() {
		CommandLine passages = CommandLine.parse("rebind", "--input=in", "commentary/summary.en.md:1", "watch.GZ.en.md:3");
		assertThat(passages.passages()).containsExactly("commentary/summary.en.md:1", "watch.GZ.en.md:3");
		assertThat(CommandLine.parse("rebind", "--all").flag("all")).isTrue();
		assertThatExceptionOfType(CommandLine.UsageException.class).isThrownBy(() -> CommandLine.parse("rebind"))
			.withMessageContaining("FILE:LINE, or --all");
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("rebind", "--all", "summary.en.md:1"));
		// other commands still take no bare words
		assertThatExceptionOfType(CommandLine.UsageException.class)
			.isThrownBy(() -> CommandLine.parse("run", "summary.en.md:1"))
			.withMessageContaining("unknown command");
	}

}
