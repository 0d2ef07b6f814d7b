package org.policybriefs.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.PolicyBriefsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run killed with SIGKILL on one machine, with its job database under the output folder (the
 * default): run again at once, long before the killed run's lease would run out, it takes the
 * killed run over, because holding the output folder's lock proves that no process runs into it.
 */
@Tag("database")
class TakeoverAfterKillFunctionalTests {

	/** Far longer than the test waits: only the folder's lock can tell that the owner is gone. */
	static final Duration LEASE = Duration.ofMinutes(10);

	@TempDir
	Path root;

	@Test
	void aRunAgainRightAfterAKillTakesTheDeadRunOverAtOnce() throws Exception {
		// given: a run killed while it renders
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		List<String> firstOutput = new CopyOnWriteArrayList<>();
		Process first = start(workspace, firstOutput);
		await().atMost(Duration.ofSeconds(120))
			.until(() -> firstOutput.stream().anyMatch((line) -> line.contains("] indicators")) || !first.isAlive());
		assertThat(first.isAlive()).as(String.join("\n", firstOutput)).isTrue();
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		// when: the same run, right away
		List<String> secondOutput = new CopyOnWriteArrayList<>();
		long began = System.nanoTime();
		Process second = start(workspace, secondOutput);
		assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();

		// then: not "already in progress", but taken over and finished, within a small part of the lease
		assertThat(second.exitValue()).as(String.join("\n", secondOutput)).isZero();
		assertThat(secondOutput).noneMatch((line) -> line.contains("already in progress"));
		assertThat(secondOutput).anyMatch((line) -> line.contains("was left unfinished by")
				&& line.contains("no longer holds the output folder's lock"));
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(LEASE.dividedBy(2));
		assertThat(BriefWorkspace.filesBelow(workspace.published("2026-11-27"))).contains("comparative.en.pdf");
	}

	private static Process start(BriefWorkspace workspace, List<String> output) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PolicyBriefsApplication.class.getName(),
				"run", "--as-of=2026-11-27", "--brief=comparative", "--locale=en", "--input=" + workspace.input(),
				"--output=" + workspace.output(), "--briefs.runs.lease=" + LEASE.toSeconds() + "s",
				// what a run without a configured database uses (the test configuration would give each JVM its own)
				"--spring.datasource.url=" + JobDatabaseLocation.url(workspace.output())));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(output::add);
			}
			catch (IOException ex) {
				// the process was killed
			}
		});
		reader.setDaemon(true);
		reader.start();
		return process;
	}

}
