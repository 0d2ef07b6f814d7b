package org.policybriefs.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.PolicyBriefsApplication;
import org.policybriefs.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run killed with SIGKILL while it renders, in a JVM of its own, and started again: it
 * resumes at the render step, does not render again what it had rendered, publishes every
 * brief whole, and each analyst gets one message.
 */
@Tag("database")
class RestartAfterKillFunctionalTests {

	/** Every brief in both languages, eight PDFs: the render step lasts long enough to be killed in the middle. */
	static final String LOCALES = "en,zh-CN";

	/** One brief at a time, whatever the number of processors: killed after the second, the last is not begun. */
	static final String ONE_AT_A_TIME = "--briefs.render.threads=1";

	/** A short lease, so that the second run may take over the killed one soon. */
	static final java.time.Duration LEASE = java.time.Duration.ofSeconds(3);

	@TempDir
	Path root;

	TestDatabase database;

	@Test
	void aRunKilledDuringRenderResumesWithoutRenderingAgainOrDeliveringTwice() throws Exception {
		// given: a run killed after its second brief
		BriefWorkspace workspace = new BriefWorkspace(this.root);
		this.database = TestDatabase.forTest(this.root);
		List<String> firstOutput = new CopyOnWriteArrayList<>();
		Process first = start(workspace, firstOutput, ONE_AT_A_TIME);
		await().atMost(java.time.Duration.ofSeconds(120))
			.until(() -> firstOutput.stream().anyMatch((line) -> line.startsWith("render 2/8")) || !first.isAlive());
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(firstOutput).noneMatch((line) -> line.startsWith("render 8/8"));
		Path published = workspace.published("2026-11-27");
		assertThat(BriefWorkspace.filesBelow(published)).isEmpty();
		Map<String, FileTime> staged = stagedPdfs(workspace.output().resolve(".staging"));
		assertThat(staged).hasSizeBetween(2, 7);

		// when: the same run is started again, once the killed run's lease has run out
		Thread.sleep(LEASE.toMillis() + 1000);
		List<String> secondOutput = new CopyOnWriteArrayList<>();
		Process second = start(workspace, secondOutput);
		assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();

		// then
		assertThat(second.exitValue()).as(String.join("\n", secondOutput)).isZero();
		assertThat(secondOutput).anyMatch((line) -> line.contains("was left unfinished by")
				&& line.contains("whose lease ran out; it is restarted where it stopped"));
		assertThat(secondOutput).as("finished steps are not run again")
			.noneMatch((line) -> line.matches("\\[1/\\d+\\] .*"));
		for (String brief : staged.keySet()) {
			assertThat(secondOutput).as(brief + " is not rendered again").noneMatch((line) -> line.contains(" " + brief));
		}
		List<String> pdfs = BriefWorkspace.filesBelow(published).stream().filter((f) -> f.endsWith(".pdf")).toList();
		assertThat(pdfs).hasSize(8);
		for (String pdf : pdfs) {
			assertThat(BriefWorkspace.pdfPages(published.resolve(pdf))).isGreaterThanOrEqualTo(4);
		}
		assertThat(BriefWorkspace.filesBelow(published.resolve("outbox"))).containsExactly(
				"analyst.one@example.org.eml", "analyst.three@example.org.eml", "analyst.two@example.org.eml");
		assertThat(BriefWorkspace.filesBelow(workspace.output())).noneMatch((f) -> f.endsWith(".part"));
	}

	private Process start(BriefWorkspace workspace, List<String> output, String... options) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PolicyBriefsApplication.class.getName(),
				"run", "--as-of=2026-11-27", "--brief=all", "--locale=" + LOCALES, "--input=" + workspace.input(),
				"--output=" + workspace.output()));
		command.addAll(this.database.arguments());
		command.add("--briefs.runs.lease=" + LEASE.toSeconds() + "s");
		command.addAll(List.of(options));
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

	private static Map<String, FileTime> stagedPdfs(Path staging) throws IOException {
		Map<String, FileTime> pdfs = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(staging)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".pdf")).toList()) {
				pdfs.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
			}
		}
		return pdfs;
	}

}
