package org.policybriefs.render;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code briefs.render.tagged=false}, for bulk runs that need no accessible briefs: no structure
 * tree, and the brief stays archival as PDF/A-1b.
 */
@SpringBootTest(properties = "briefs.render.tagged=false")
class UntaggedPdfFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void taggingOffWritesAnUntaggedPdfA1b() throws Exception {
		BriefWorkspace workspace = new BriefWorkspace(this.temp);

		RunOutcome outcome = this.briefRuns
			.run(workspace.request("2026-11-27", List.of("comparative"), List.of("en")));

		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		Path pdf = workspace.published("2026-11-27").resolve("comparative.en.pdf");
		try (PDDocument document = PdfChecks.open(pdf)) {
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNull();
			assertThat(document.getDocumentCatalog().getMarkInfo()).isNull();
		}
		VeraGreenfieldFoundryProvider.initialise();
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_1_B)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
			assertThat(validator.validate(parser).isCompliant()).as("PDF/A-1b").isTrue();
		}
	}

}
