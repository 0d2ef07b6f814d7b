package org.policybriefs.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.run.BriefRun;

import static org.assertj.core.api.Assertions.assertThat;

class RunParametersTests {

	@TempDir
	Path folder;

	@Test
	void aRequestBecomesARunWithAbsolutePathsAndItsOwnStagingFolder() throws IOException {
		Path input = input();
		BriefRun en = RunParameters.of(request(input, List.of("en")));
		BriefRun zh = RunParameters.of(request(input, List.of("zh-CN")));
		assertThat(en.output()).isAbsolute();
		assertThat(en.staging().getParent()).isEqualTo(en.output().resolve(".staging"));
		assertThat(en.staging().getFileName().toString()).startsWith("2026-12-06-" + en.fingerprint().substring(0, 16));
		assertThat(zh.staging()).isNotEqualTo(en.staging());
		assertThat(en.fingerprint()).isEqualTo(zh.fingerprint()).hasSize(64);
	}

	@Test
	void theFingerprintFollowsTheInputFiles() throws IOException {
		Path input = input();
		String before = RunParameters.of(request(input, List.of("en"))).fingerprint();
		Files.writeString(input.resolve("regions.csv"), "code\nGZ\n");
		assertThat(RunParameters.of(request(input, List.of("en"))).fingerprint()).isNotEqualTo(before);
	}

	private Path input() throws IOException {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		for (String file : RunParameters.INPUT_FILES) {
			Files.writeString(input.resolve(file), file + "\n");
		}
		return input;
	}

	private BriefRunRequest request(Path input, List<String> locales) {
		return new BriefRunRequest(LocalDate.of(2026, 12, 6), input, this.folder.resolve("output"), List.of("all"),
				locales, false, false, BriefRunRequest.NO_REJECT_LIMIT, true, BriefRunRequest.Trigger.COMMAND_LINE);
	}

}
