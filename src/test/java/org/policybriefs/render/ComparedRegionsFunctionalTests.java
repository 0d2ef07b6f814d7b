package org.policybriefs.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comparative brief of more regions than {@code briefs.render.compared} compares the first of
 * them and says on its cover how many it leaves out and that indicators.csv has every region's
 * figures; it never drops them silently. Three synthetic regions (labelled so) are added to the
 * shipped three, and the bound is set to four.
 */
@SpringBootTest(properties = "briefs.render.compared=4")
class ComparedRegionsFunctionalTests {

	private static final List<String> SYNTHETIC = List.of("XA", "XB", "XC");

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void aComparativeBriefOverTheBoundSaysWhatItLeavesOutAndWhereItIs() throws Exception {
		// given: six regions, three of them synthetic, each with a figure of its own
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		for (String code : SYNTHETIC) {
			String nameZh = "合成测试区" + "甲乙丙".charAt(SYNTHETIC.indexOf(code)) + "（合成测试数据）";
			workspace.append("regions.csv", code + "," + name(code) + "," + nameZh + ",synthetic_strategy,"
					+ "Synthetic strategy,合成战略,Synthetic lever,合成抓手,Synthetic constraint,合成制约,,,,,,computing_centers,region");
			workspace.append("observations.csv", code + ",computing_centers,2024,3,=,S1,synthetic test data,"
					+ "synthetic region for tests,,,stated,synthetic test data");
		}

		// when
		RunOutcome outcome = this.briefRuns.run(new BriefRunRequest(LocalDate.parse("2026-11-27"), workspace.input(),
				workspace.output(), List.of("comparative"), List.of("en", "zh-CN"), true, false,
				BriefRunRequest.NO_REJECT_LIMIT, true, BriefRunRequest.Trigger.COMMAND_LINE));

		// then: four regions compared (the first in regions.csv), the cover says two are left out and where they are
		assertThat(outcome.status()).as(String.join("; ", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		Path folder = workspace.published("2026-11-27");
		String english = BriefWorkspace.pdfText(folder.resolve("comparative.en.pdf")).replaceAll("\\s+", " ");
		assertThat(english).contains("This brief compares 4 of the 6 regions in regions.csv")
			.contains("The other 2 regions are not compared here; the figures of every region are in indicators.csv")
			.contains(name("XA"))
			.doesNotContain(name("XB"))
			.doesNotContain(name("XC"));
		assertThat(BriefWorkspace.pdfText(folder.resolve("comparative.zh-CN.pdf")).replaceAll("\\s+", ""))
			.contains("本简报只比较regions.csv中6个地区里的4个")
			.contains("其余2个地区不在此比较");
		assertThat(Files.readAllLines(folder.resolve("indicators.csv"))).as("every region's figures, compared or not")
			.anyMatch((line) -> line.startsWith("XB,computing_centers,2024,3,"))
			.anyMatch((line) -> line.startsWith("XC,computing_centers,2024,3,"));
	}

	private static String name(String code) {
		return "Synthetic Region " + code + " (synthetic test data)";
	}

}
