package org.policybriefs.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees when the jar cannot start or the command line is wrong: one line on
 * stderr with the cause, no stack trace, and a usage error before the application starts.
 */
class OperatorMessagesFunctionalTests {

	@TempDir
	Path root;

	@Test
	void aBadDatasourceIsOneLineOnStderr() {
		BriefProcess run = BriefProcess.start(this.root, "run", "--spring.datasource.url=jdbc:nope:briefs");

		assertThat(run.waitFor()).isEqualTo(BriefCommands.FAILED);
		assertThat(run.stderr()).first().asString().startsWith("error: ").contains("jdbc:nope:briefs");
		assertThat(run.stderr()).hasSize(2);
		assertThat(run.stdout()).as("no stack trace").noneMatch((line) -> line.startsWith("\tat "));
	}

	@Test
	void aMissingTemplatesFolderIsOneLineOnStderr() {
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		BriefProcess run = BriefProcess.start(this.root, "run", "--input=" + workspace.input(),
				"--briefs.render.templates=" + this.root.resolve("no-templates"));

		assertThat(run.waitFor()).isEqualTo(BriefCommands.FAILED);
		assertThat(run.stderr()).first()
			.asString()
			.startsWith("error: Templates folder not found: " + this.root.resolve("no-templates"));
		assertThat(run.stderr()).hasSize(2);
		assertThat(run.stdout()).noneMatch((line) -> line.startsWith("\tat "));
	}

	@Test
	void aUsageErrorIsAnsweredBeforeTheApplicationStarts() {
		BriefProcess run = BriefProcess.start(this.root, "run", "--as-of=2026-02-30");

		assertThat(run.waitFor()).isEqualTo(BriefCommands.USAGE);
		assertThat(run.stderr()).containsExactly(
				"error: --as-of must be a date written YYYY-MM-DD (usage: java -jar policy-briefs.jar --help)");
		assertThat(run.stdout()).as("Spring never started").noneMatch((line) -> line.contains("Starting"));
	}

	@Test
	void anUnknownOptionAndAnOptionWithoutValueAreOneLineEach() {
		BriefProcess unknown = BriefProcess.start(this.root, "run", "--colour=red");
		BriefProcess noValue = BriefProcess.start(this.root, "validate", "--input");

		assertThat(unknown.waitFor()).isEqualTo(BriefCommands.USAGE);
		assertThat(unknown.stderr()).singleElement().asString().startsWith("error: unknown option --colour for 'run'");
		assertThat(noValue.waitFor()).isEqualTo(BriefCommands.USAGE);
		assertThat(noValue.stderr()).singleElement().asString().startsWith("error: option --input needs a value");
	}

	@Test
	void helpPrintsTheUsage() {
		BriefProcess help = BriefProcess.start(this.root, "--help");

		assertThat(help.waitFor()).isEqualTo(BriefCommands.OK);
		assertThat(help.stdout()).first().asString().startsWith("usage: java -jar");
		assertThat(help.stderr()).isEmpty();
	}

}
