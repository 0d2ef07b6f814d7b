package org.policybriefs.jobs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.JarProcesses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of the built jar that runs out of heap: the process ends, non-zero, with one line that
 * says so ({@link OutOfMemoryExit}), instead of hanging with the run's thread dead; and nothing
 * it had begun is left under a name a reader takes as final (only the database, the folder's lock
 * and staging, whose names start with a dot).
 */
class OutOfMemoryFunctionalTests {

	@TempDir
	Path root;

	final JarProcesses processes = new JarProcesses();

	@AfterEach
	void stopProcesses() {
		this.processes.close();
	}

	@Test
	void aRunOutOfHeapEndsNonZeroAndLeavesNoFileUnderAFinalName() throws IOException {
		// given: 60,000 SYNTHETIC observation rows and a 64 MB heap
		Path input = writeSyntheticInput(this.root.resolve("input"), 400, 30, 5);
		Path output = this.root.resolve("output");

		// when
		JarProcesses.Running run = this.processes.start("run", List.of("-Xmx64m"),
				List.of("run", "--input=" + input, "--output=" + output, "--as-of=2026-12-01", "--brief=comparative",
						"--locale=en", "--no-distribute"));

		// then
		assertThat(run.awaitExit(Duration.ofMinutes(5))).as(run.output()).isEqualTo(OutOfMemoryExit.CODE);
		assertThat(run.output()).contains("error: out of memory (Java heap space); nothing was published");
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.filter(Files::isRegularFile)
				.map(output::relativize)
				.filter((file) -> !file.getName(0).toString().startsWith(".")))
				.as("files under a final name")
				.isEmpty();
		}
	}

	/**
	 * An input folder of REGIONS x INDICATORS x PERIODS observations, every value random and every
	 * text saying it is synthetic: none of it is data.
	 */
	static Path writeSyntheticInput(Path folder, int regions, int indicators, int periods) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("sources.csv"), """
				id,title,publisher,published,url
				SYN,SYNTHETIC test data (not real figures),OutOfMemoryFunctionalTests,,
				""", StandardCharsets.UTF_8);
		StringBuilder regionRows = new StringBuilder("code,name_en,name_zh,strategy,strategy_en,strategy_zh\n");
		for (int r = 0; r < regions; r++) {
			regionRows.append(region(r)).append(",Synthetic region ").append(r).append(",合成地区").append(r)
				.append(",synthetic,Synthetic,合成\n");
		}
		Files.writeString(folder.resolve("regions.csv"), regionRows, StandardCharsets.UTF_8);
		StringBuilder indicatorRows = new StringBuilder("code,name_en,name_zh,unit,category,kind,formula,decimals,direction\n");
		for (int i = 0; i < indicators; i++) {
			indicatorRows.append("syn_").append(i).append(",Synthetic indicator ").append(i).append(",合成指标").append(i)
				.append(",unit,compute,observed,,2,higher\n");
		}
		Files.writeString(folder.resolve("indicators.csv"), indicatorRows, StandardCharsets.UTF_8);
		java.util.Random random = new java.util.Random(20261207L);
		try (BufferedWriter rows = Files.newBufferedWriter(folder.resolve("observations.csv"), StandardCharsets.UTF_8)) {
			rows.write("region,indicator,period,value,qualifier,source,quote,note\n");
			for (int p = 0; p < periods; p++) {
				for (int r = 0; r < regions; r++) {
					for (int i = 0; i < indicators; i++) {
						rows.write(String.format(Locale.ROOT, "%s,syn_%d,%d,%.2f,=,SYN,\"synthetic, row %d-%d-%d\",synthetic\n",
								region(r), i, 2015 + p, random.nextInt(1_000_000) / 100.0, p, r, i));
					}
				}
			}
		}
		return folder;
	}

	private static String region(int r) {
		return String.format(Locale.ROOT, "R%04d", r);
	}

}
