package org.policybriefs.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BriefRunTests {

	private final BriefRun run = new BriefRun(LocalDate.of(2026, 12, 6), "ab12", List.of("comparative", "region:GZ"),
			List.of("en", "zh-CN"), true, false, new BriefRun.RunInput(Path.of("/data/input"), false, 5),
			Path.of("/data/output"), Path.of("/data/output/.staging/x"), "SCHEDULE", null);

	@Test
	void aRunComesBackFromItsJobParametersAsItWent() {
		assertThat(BriefRun.of(this.run.toJobParameters())).isEqualTo(this.run);
	}

	@Test
	void aRepairIsTheSameRunWithTheInstanceItRepairsAndADifferentIdentity() {
		BriefRun repair = this.run.repairing(42);
		assertThat(BriefRun.of(repair.toJobParameters())).isEqualTo(repair);
		assertThat(repair.repairs()).isEqualTo(42);
		assertThat(repair.toJobParameters().getIdentifyingParameters())
			.isNotEqualTo(this.run.toJobParameters().getIdentifyingParameters());
	}

	@Test
	void theStagingFolderTheInputAndTheTriggerDoNotMakeAnotherRun() {
		BriefRun elsewhere = new BriefRun(this.run.asOf(), this.run.fingerprint(), this.run.briefs(),
				this.run.locales(), true, false, new BriefRun.RunInput(Path.of("/other/input"), false, 5),
				this.run.output(), Path.of("/data/output/.staging/y"), "WEB", null);
		assertThat(elsewhere.toJobParameters().getIdentifyingParameters())
			.isEqualTo(this.run.toJobParameters().getIdentifyingParameters());
	}

	@Test
	void theRunPublishesIntoItsAsOfFolder() {
		assertThat(this.run.published()).isEqualTo(Path.of("/data/output/2026-12-06"));
	}

	@Test
	void aCheckOfTheInputIsNotABriefsRunButHasItsInput() {
		JobParameters check = BriefRun.check(new BriefRun.RunInput(Path.of("in"), true, 0), "ff", "2026-12-06T10:00:00Z");
		assertThat(BriefRun.describes(check)).isFalse();
		assertThat(BriefRun.RunInput.of(check)).isEqualTo(new BriefRun.RunInput(Path.of("in"), true, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> BriefRun.of(check))
			.withMessageContaining("no 'asOf'");
		assertThat(BriefRun.describes(this.run.toJobParameters())).isTrue();
	}

}
