package org.policybriefs.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.JarProcesses;
import org.policybriefs.TestDatabase;
import org.policybriefs.files.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Render workers over a real broker, each a process of the built jar on 127.0.0.1: an Artemis
 * broker ({@code broker}), two workers ({@code worker}) and a run that hands them its render
 * partitions, all on one PostgreSQL database. The input is synthetic: 24 regions named
 * "Synthetic region 00NN", written by bench/generate_dataset.py.
 */
@Tag("postgresql")
class RemoteRenderFunctionalTests {

	static final String AS_OF = "2026-11-27";

	static final Duration START = Duration.ofMinutes(4);

	@TempDir
	Path root;

	final JarProcesses processes = new JarProcesses();

	final TestDatabase database = TestDatabase.postgresql();

	@AfterEach
	void stopProcesses() {
		this.processes.close();
	}

	@Test
	void oneManagerAndTwoWorkersRenderEachOf48BriefsOnce() throws IOException {
		// given
		Path input = synthetic(this.root.resolve("input"));
		String broker = broker();
		List<JarProcesses.Running> workers = List.of(worker(broker, "worker-1"), worker(broker, "worker-2"));
		awaitReady(workers);

		// when
		JarProcesses.Running run = run(broker, input, "--no-distribute", "--briefs.workers.partition-size=3");

		// then
		assertThat(run.awaitExit(Duration.ofMinutes(15))).as(run.output()).isZero();
		List<String> first = rendered(workers.get(0));
		List<String> second = rendered(workers.get(1));
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		assertThat(all).as("each brief rendered exactly once").hasSize(48).doesNotHaveDuplicates();
		assertThat(first).as("worker-1 rendered some").isNotEmpty();
		assertThat(second).as("worker-2 rendered some").isNotEmpty();
		Path published = this.root.resolve("output").resolve(AS_OF);
		List<String> pdfs = BriefWorkspace.filesBelow(published).stream().filter((f) -> f.endsWith(".pdf")).toList();
		assertThat(pdfs).containsExactlyInAnyOrderElementsOf(all);
		JsonNode manifest = JsonMapper.builder().build().readTree(published.resolve("manifest.json").toFile());
		Map<String, String> listed = new HashMap<>();
		manifest.path("briefs").forEach((brief) -> listed.put(brief.path("file").asString(), brief.path("sha256").asString()));
		assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(pdfs);
		for (String pdf : pdfs) {
			assertThat(listed.get(pdf)).as(pdf).isEqualTo(Sha256.of(published.resolve(pdf)));
		}
		assertThat(this.database.jdbc().queryForList("SELECT worker FROM rendered_brief WHERE file_name = ?", String.class,
				first.get(0))).containsExactly("worker-1");
		assertThat(run.output()).containsPattern("\\[\\d+/\\d+] render").contains("completed");
	}

	@Test
	void aWorkerKilledInItsPartitionLosesNoBriefRendersNoneTwiceAndSendsNothingTwice() throws Exception {
		// given: partitions of four briefs (eight PDFs), delivered to three analysts
		Path input = synthetic(this.root.resolve("input"));
		String broker = broker();
		JarProcesses.Running doomed = worker(broker, "worker-1");
		JarProcesses.Running survivor = worker(broker, "worker-2");
		awaitReady(List.of(doomed, survivor));
		JarProcesses.Running run = run(broker, input, "--briefs.workers.partition-size=4");

		// when: worker-1 dies by SIGKILL after the first brief it rendered
		doomed.awaitLine(RemoteRenderFunctionalTests::isRendered, Duration.ofMinutes(10));
		doomed.kill();
		List<String> beforeDeath = rendered(doomed);

		// then: the broker gives its partition to worker-2, which renders only what was missing
		assertThat(run.awaitExit(Duration.ofMinutes(15))).as(run.output()).isZero();
		List<String> byTheSurvivor = rendered(survivor);
		assertThat(byTheSurvivor).doesNotHaveDuplicates().doesNotContainAnyElementsOf(beforeDeath);
		Path published = this.root.resolve("output").resolve(AS_OF);
		List<String> pdfs = BriefWorkspace.filesBelow(published).stream().filter((f) -> f.endsWith(".pdf")).toList();
		assertThat(pdfs).hasSize(48);
		for (String pdf : pdfs) {
			Process check = new ProcessBuilder("qpdf", "--check", published.resolve(pdf).toString())
				.redirectErrorStream(true)
				.start();
			String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(check.exitValue()).as(pdf + ": " + report).isZero();
		}
		assertThat(this.database.jdbc().queryForObject("SELECT COUNT(*) FROM rendered_brief", Integer.class)).isEqualTo(48);
		for (String brief : beforeDeath) {
			assertThat(this.database.jdbc().queryForList("SELECT worker FROM rendered_brief WHERE file_name = ?", String.class, brief))
				.as(brief + " stays rendered by the worker that died")
				.containsExactly("worker-1");
		}
		assertThat(BriefWorkspace.filesBelow(published.resolve("outbox"))).containsExactly(
				"analyst.one@example.org.eml", "analyst.three@example.org.eml", "analyst.two@example.org.eml");
		assertThat(this.database.jdbc().queryForObject("SELECT COUNT(*) FROM delivery_log WHERE status = 'SENT'", Integer.class))
			.isEqualTo(3);
	}

	private String broker() {
		JarProcesses.Running broker = this.processes.start("broker",
				List.of("broker", "--port=0", "--output=" + this.root.resolve("broker")));
		String line = broker.awaitLine((l) -> l.startsWith("broker listening on "), START);
		return line.substring("broker listening on ".length(), line.indexOf(' ', "broker listening on ".length()));
	}

	private JarProcesses.Running worker(String broker, String name) {
		List<String> arguments = new ArrayList<>(List.of("worker", "--spring.artemis.broker-url=" + broker,
				"--briefs.workers.name=" + name, "--briefs.render.threads=1", "--briefs.render.reference-region=R0001"));
		arguments.addAll(this.database.arguments());
		return this.processes.start(name, arguments);
	}

	private static void awaitReady(List<JarProcesses.Running> workers) {
		for (JarProcesses.Running worker : workers) {
			worker.awaitLine((line) -> line.contains("takes render partitions from"), START);
		}
	}

	private JarProcesses.Running run(String broker, Path input, String... options) {
		List<String> arguments = new ArrayList<>(List.of("run", "--as-of=" + AS_OF, "--brief=regions",
				"--locale=en,zh-CN", "--input=" + input, "--output=" + this.root.resolve("output"),
				"--spring.artemis.broker-url=" + broker, "--briefs.workers.poll-interval=500ms"));
		arguments.addAll(List.of(options));
		arguments.addAll(this.database.arguments());
		return this.processes.start("run", arguments);
	}

	/** The PDFs a worker said it rendered: {@code render region-R0001.en.pdf (9 pages)}. */
	private static List<String> rendered(JarProcesses.Running worker) {
		return worker.linesMatching(RemoteRenderFunctionalTests::isRendered)
			.stream()
			.map((line) -> line.substring("render ".length(), line.indexOf(" (")))
			.toList();
	}

	private static boolean isRendered(String line) {
		return line.startsWith("render ") && line.endsWith(" pages)");
	}

	/** 24 synthetic regions and their data, and three fictional analysts following three of them. */
	private static Path synthetic(Path folder) throws IOException {
		Process generator = new ProcessBuilder("python3", "bench/generate_dataset.py", "--regions", "24",
				"--indicators", "7", "--periods", "2", "--output", folder.toString())
			.redirectErrorStream(true)
			.start();
		String report = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			assertThat(generator.waitFor()).as(report).isZero();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		Files.writeString(folder.resolve("analysts.csv"), """
				email,name,locale,briefs
				analyst.one@example.org,Analyst One,en,region:R0001
				analyst.two@example.org,Analyst Two,en,region:R0012;region:R0024
				analyst.three@example.org,Analyst Three,zh-CN,region:R0007
				""", StandardCharsets.UTF_8);
		return folder;
	}

}
