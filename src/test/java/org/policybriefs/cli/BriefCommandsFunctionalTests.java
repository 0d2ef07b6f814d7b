package org.policybriefs.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.CommandLineSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as an operator meets it: exit codes, the messages on failure, and that a
 * failed run leaves nothing under the as-of folder.
 */
@Tag("database")
@SpringBootTest
class BriefCommandsFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefCommands commands;

	BriefWorkspace workspace;

	CommandLineSession session;

	@BeforeEach
	void setUp() {
		this.workspace = new BriefWorkspace(this.temp);
		this.session = new CommandLineSession(this.commands, this.workspace);
	}

	@Test
	void runPrintsThePathsOfWhatItWrote() {
		int code = session.execute("run", "--as-of=2026-11-20", "--brief=comparative", "--locale=en");

		assertThat(code).isZero();
		assertThat(session.stdout()).contains(this.workspace.published("2026-11-20").resolve("comparative.en.pdf").toString())
			.contains("indicators.csv")
			.contains("manifest.json");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void runShowsItsProgressStepByStep(CapturedOutput output) {
		int code = session.execute("run", "--as-of=2026-11-19", "--brief=comparative", "--locale=en", "--no-distribute");

		assertThat(code).isZero();
		assertThat(output.getOut()).contains("[1/13] ingest-sources", "[5/13] ingest-texts", "[6/13] evidence",
				"[8/13] commentary", "[11/13] render",
				"render 1/1 comparative.en.pdf", "[13/13] distribute", "distribute        skipped (--no-distribute)")
			.containsPattern("run \\d+ completed in \\d+\\.\\d s");
	}

	@Test
	void missingInputFileFailsNamingTheFileAndPublishesNothing() throws Exception {
		Files.delete(this.workspace.input().resolve("observations.csv"));

		int code = session.execute("run", "--as-of=2026-11-21");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		assertThat(session.stderr()).contains("observations.csv: file not found");
		assertThat(BriefWorkspace.filesBelow(this.workspace.published("2026-11-21"))).isEmpty();
	}

	@Test
	void missingRequiredColumnFailsNamingFileLineAndColumn() {
		this.workspace.write("regions.csv", this.workspace.read("regions.csv").replaceFirst(",strategy_zh,", ",strategy_cn,"));

		int code = session.execute("run", "--as-of=2026-11-22");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		assertThat(session.stderr()).contains("regions.csv:1: missing required column strategy_zh");
		assertThat(BriefWorkspace.filesBelow(this.workspace.published("2026-11-22"))).isEmpty();
	}

	@Test
	void validateChecksWithoutRendering() {
		int code = session.execute("validate");

		assertThat(code).isZero();
		assertThat(session.stdout()).contains("valid");
		assertThat(BriefWorkspace.filesBelow(this.workspace.output())).isEmpty();
	}

	@Test
	void badDateIsAUsageError() {
		int code = session.execute("run", "--as-of=27.11.2026");

		assertThat(code).isEqualTo(BriefCommands.USAGE);
		assertThat(session.stderr()).contains("--as-of must be a date written YYYY-MM-DD");
	}

}
