package org.policybriefs.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data is data: markup in an input field is printed as text and loads nothing.
 */
@SpringBootTest
class MarkupInjectionFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void markupInDataAppearsLiterallyAndLoadsNoFile() throws IOException {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.write("regions.csv", workspace.read("regions.csv")
			.replace("GZ,Guizhou,", "GZ,<b>Guizhou</b>,")
			.replace("Resource-driven", "<img src=\"file:///etc/passwd\"/>"));

		// when
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-11-27", List.of("comparative"), List.of("en")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		Path pdf = workspace.published("2026-11-27").resolve("comparative.en.pdf");
		String text = BriefWorkspace.pdfText(pdf);
		// shown as text (its quotation marks set curly as in any text of the brief, and nested inside
		// the quotes the brief puts round a strategy's name)
		assertThat(text).contains("<b>Guizhou</b>").contains("<img src=").contains("file:///etc/");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					assertThat(page.getResources().isImageXObject(name)).as("image on a page").isFalse();
				}
			}
		}
	}

	@Test
	void markupWrittenAsTextInCommentaryAppearsLiterally() {
		// given: CommonMark turns entities into characters; the brief must still print them as text
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.write("commentary/summary.en.md", "Tags &lt;b&gt;bold&lt;/b&gt; &amp; <3 stay text at"
				+ " {{GZ compute_capacity}}; &lt;img src=\"file:///etc/passwd\"/&gt;\n");

		// when
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-11-27", List.of("comparative"), List.of("en")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		String text = BriefWorkspace.pdfText(workspace.published("2026-11-27").resolve("comparative.en.pdf"));
		assertThat(text).contains("Tags <b>bold</b> & <3 stay text at").contains("<img src=").contains("file:///etc/");
	}

}
