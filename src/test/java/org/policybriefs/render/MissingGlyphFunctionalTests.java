package org.policybriefs.render;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A character that no bundled font can draw fails the run, naming the character and where it
 * occurs, instead of leaving a blank in the PDF.
 */
@SpringBootTest
class MissingGlyphFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void characterWithoutGlyphFailsTheRunAndNamesIt() {
		// given: U+20000, a CJK Extension B character outside the bundled subset
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.write("regions.csv", workspace.read("regions.csv").replace("GZ,Guizhou,贵州,", "GZ,Guizhou,贵\uD840\uDC00州,"));

		// when: the Chinese brief, which prints the Chinese name
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-11-27", List.of("comparative"), List.of("zh-CN")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(String.join("\n", outcome.problems())).contains("No bundled font has a glyph for U+20000")
			.contains("贵\uD840\uDC00州");
		assertThat(BriefWorkspace.filesBelow(workspace.published("2026-11-27"))).isEmpty();
	}

	@Test
	void chineseInsideEnglishTextIsDrawnWithTheChineseFont() {
		// given: a source title mixing English and Traditional Chinese, as the shipped one does
		BriefWorkspace workspace = new BriefWorkspace(this.temp);

		// when
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-11-26", List.of("comparative"), List.of("en")));

		// then: the PDF's text has the Chinese characters, so they were drawn and not dropped
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		String text = BriefWorkspace.pdfText(workspace.published("2026-11-26").resolve("comparative.en.pdf"));
		assertThat(text).contains("網易號").contains("贵州").contains("上海").contains("北京");
	}

	@Test
	void theChineseBriefListsTheSourceWithItsChineseTitle() {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);

		// when
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-11-25", List.of("comparative"), List.of("zh-CN")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		String text = BriefWorkspace.pdfText(workspace.published("2026-11-25").resolve("comparative.zh-CN.pdf"));
		assertThat(text.replaceAll("\\s+", "")).contains("关于中国区域人工智能算力竞争").contains("网易号（用户上传文章，作者老A）");
		assertThat(text).doesNotContain("Untitled article").doesNotContain("NetEase Hao");
	}

}
