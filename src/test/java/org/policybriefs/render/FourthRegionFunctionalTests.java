package org.policybriefs.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
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
 * The regions are data: a fourth region (XA, a fictional one, marked as test data) added to a
 * copy of the input appears in the comparative brief's contents, tables and charts and gets
 * its own regional brief, with no change to templates or code.
 */
@SpringBootTest
class FourthRegionFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void aFourthRegionIsComparedAndGetsItsOwnBrief() throws Exception {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.append("regions.csv",
				"XA,Testland (test data),测试区（测试数据）,test_strategy,Test strategy,测试战略,Fictional lever,虚构抓手,"
						+ "Fictional constraint,虚构制约,None,无,,,,computing_centers");
		workspace.append("observations.csv", "XA,computing_centers,2024,3,=,S1,test data,fictional region for tests,,,,",
				"XA,compute_capacity,2024,0.4,=,S1,test data,fictional region for tests,,,,",
				"XA,ai_talent_share,2024,5,=,S1,test data,fictional region for tests,,,,");

		// when
		RunOutcome outcome = this.briefRuns.run(new BriefRunRequest(LocalDate.parse("2026-11-27"), workspace.input(),
				workspace.output(), List.of("comparative", "region:XA"), List.of("en", "zh-CN")));

		// then
		assertThat(outcome.status()).as(String.join("; ", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		Path folder = workspace.published("2026-11-27");
		assertThat(BriefWorkspace.filesBelow(folder)).contains("comparative.en.pdf", "comparative.zh-CN.pdf",
				"region-XA.en.pdf", "region-XA.zh-CN.pdf");
		try (PDDocument document = PdfChecks.open(folder.resolve("comparative.en.pdf"))) {
			List<PdfChecks.Bookmark> outline = PdfChecks.outline(document);
			assertThat(PdfChecks.pageText(document, 1)).as("cover").contains("Testland");
			assertThat(PdfChecks.pageText(document, 2)).as("contents").contains("Testland (test data) — Test strategy");
			PdfChecks.Bookmark comparison = outline.get(3);
			assertThat(PdfChecks.pageText(document, comparison.page())).as("tables").contains("Testland");
			PdfChecks.Bookmark figures = outline.get(4);
			assertThat(PdfChecks.pageText(document, figures.page())).as("chart of centres")
				.contains("Testland (test data)", "3 · 0.4 EFLOPS");
			assertThat(outline.get(5).children()).contains("Testland (test data) — Test strategy");
		}
		assertThat(BriefWorkspace.pdfText(folder.resolve("comparative.zh-CN.pdf"))).contains("测试区（测试数据）");
		// the title may wrap anywhere on the cover: compare with line breaks folded to spaces
		assertThat(BriefWorkspace.pdfText(folder.resolve("region-XA.en.pdf")).replaceAll("\\s+", " "))
			.contains("Testland (test data) in China’s Race for AI Compute");
	}

}
