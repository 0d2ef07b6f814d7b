package org.policybriefs.jobs;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One output folder, one history: the job database lives under the output folder whatever the
 * working directory, a second process on a folder in use is refused, and {@code validate} leaves
 * no database behind. Each claim is about processes, so each runs the application in its own JVM.
 */
class OutputFolderFunctionalTests {

	@TempDir
	Path root;

	@Test
	void runsStartedFromDifferentDirectoriesShareTheOutputFoldersHistory() throws Exception {
		// given: a run started from one directory
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		Path here = Files.createDirectories(this.root.resolve("here"));
		Path there = Files.createDirectories(this.root.resolve("there"));
		String[] run = { "run", "--as-of=2026-11-27", "--brief=comparative", "--locale=en", "--no-distribute",
				"--input=" + workspace.input(), "--output=" + workspace.output() };
		BriefProcess first = BriefProcess.start(here, run);
		assertThat(first.waitFor()).as(first.output()).isZero();

		// when: the same run from another directory
		BriefProcess second = BriefProcess.start(there, run);

		// then
		assertThat(second.waitFor()).as(second.output()).isZero();
		assertThat(second.stdout()).anyMatch((line) -> line.startsWith("up to date"));
		assertThat(workspace.output().resolve(".db")).isDirectory();
		assertThat(here.resolve("output")).doesNotExist();
		assertThat(there.resolve("output")).doesNotExist();
	}

	@Test
	void aSecondProcessOnAnOutputFolderInUseIsRefused() throws Exception {
		// given: another process holds the output folder
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		Files.createDirectories(workspace.output());
		try (FileChannel channel = FileChannel.open(workspace.output().resolve(".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = channel.lock()) {
			// when
			BriefProcess run = BriefProcess.start(this.root, "run", "--as-of=2026-11-27", "--brief=comparative",
					"--locale=en", "--no-distribute", "--input=" + workspace.input(),
					"--output=" + workspace.output());

			// then
			assertThat(run.waitFor()).as(run.output()).isEqualTo(4);
			assertThat(run.stderr()).anyMatch((line) -> line.contains("another process is writing into the output folder")
					&& line.contains(workspace.output().toString()));
			assertThat(BriefWorkspace.filesBelow(workspace.published("2026-11-27"))).isEmpty();
		}
	}

	@Test
	void validateLeavesNoDatabase() throws Exception {
		BriefWorkspace workspace = new BriefWorkspace(this.root);

		BriefProcess validate = BriefProcess.start(this.root, "validate", "--input=" + workspace.input());

		assertThat(validate.waitFor()).as(validate.output()).isZero();
		assertThat(validate.stdout()).contains("valid: the input can be run");
		assertThat(BriefWorkspace.filesBelow(this.root).stream().filter((file) -> !file.startsWith("input"))).isEmpty();
	}

}
