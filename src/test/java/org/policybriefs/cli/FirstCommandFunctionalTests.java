package org.policybriefs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's first command, {@code java -jar target/policy-briefs.jar run} in a folder with the
 * shipped input and templates, needs nothing but a JDK: it runs in a network namespace of its own
 * whose only interface is its own loopback, so no PostgreSQL server and no broker could be reached
 * even by mistake, and makes every brief with the embedded H2 database under the output folder.
 */
class FirstCommandFunctionalTests {

	@TempDir
	Path folder;

	@Test
	void theFirstCommandOfTheReadmeRunsWithNoServerReachable() throws Exception {
		// given: a clean folder with the shipped input and templates, as a clone has them
		assumeTrue(isolatedNetworkAvailable(), "needs unshare --net (root, as in CI) to cut the network off");
		copy(Path.of("input"), this.folder.resolve("input"));
		copy(Path.of("templates"), this.folder.resolve("templates"));
		Path jar = Path.of("target", "policy-briefs.jar").toAbsolutePath();

		// when
		Process run = new ProcessBuilder("unshare", "--net", "--", "sh", "-c",
				"ip link set lo up && exec \"$0\" -jar \"$1\" run",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), jar.toString())
			.directory(this.folder.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(run.waitFor(10, TimeUnit.MINUTES)).isTrue();

		// then
		assertThat(run.exitValue()).as(output).isZero();
		Path published = this.folder.resolve("output").resolve(LocalDate.now().toString());
		assertThat(BriefWorkspace.filesBelow(published).stream().filter((f) -> f.endsWith(".pdf"))).hasSize(8);
		assertThat(BriefWorkspace.filesBelow(this.folder.resolve("output/.db"))).contains("policy-briefs.mv.db");
		assertThat(output).doesNotContain("postgresql", "tcp://");
	}

	private static boolean isolatedNetworkAvailable() throws InterruptedException {
		try {
			Process probe = new ProcessBuilder("unshare", "--net", "--", "sh", "-c", "ip link set lo up").start();
			return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
