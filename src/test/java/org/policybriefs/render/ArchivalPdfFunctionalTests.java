package org.policybriefs.render;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefs are PDF/A-2a and PDF/UA-1, as veraPDF judges them: fonts embedded, an sRGB output
 * intent, XMP metadata that repeats the document information, a structure tree with every
 * content marked, figures with alternative text, links in the tag tree.
 */
@SpringBootTest
class ArchivalPdfFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void comparativeAndRegionalBriefsConformToPdfA2aAndPdfUa1() throws Exception {
		// given
		BriefWorkspace workspace = new BriefWorkspace(this.temp);

		// when
		RunOutcome outcome = this.briefRuns
			.run(workspace.request("2026-11-27", List.of("comparative", "region:SH"), List.of("en", "zh-CN")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		VeraGreenfieldFoundryProvider.initialise();
		for (String name : List.of("comparative.en", "comparative.zh-CN", "region-SH.en", "region-SH.zh-CN")) {
			Path pdf = workspace.published("2026-11-27").resolve(name + ".pdf");
			for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
			try (InputStream in = Files.newInputStream(pdf);
					PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
				ValidationResult result = validator.validate(parser);
				List<String> failures = result.getTestAssertions()
					.stream()
					.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
					.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
							+ " " + assertion.getMessage())
					.distinct()
					.toList();
				assertThat(failures).as(name + " " + flavour).isEmpty();
				assertThat(result.isCompliant()).as(name + " " + flavour).isTrue();
			}
			}
		}
	}

}
