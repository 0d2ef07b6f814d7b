package org.policybriefs.render;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * content marked, figures with alternative text, links in the tag tree. Checked on every brief of
 * the shipped input, on a fourth region's (synthetic, labelled so) and on a second edition's
 * comparative brief, which has the section of changes.
 */
@SpringBootTest
class ArchivalPdfFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void everyBriefOfTwoEditionsAndAFourthRegionConformsToPdfA2aAndPdfUa1() throws Exception {
		// given: the shipped input with a synthetic fourth region
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.append("regions.csv", "XA," + FourthRegionFunctionalTests.SYNTHETIC
				+ ",合成测试区（合成测试数据）,synthetic_strategy,Synthetic strategy,合成战略,Synthetic lever,合成抓手,"
				+ "Synthetic constraint,合成制约,,,,,,computing_centers,region");
		workspace.append("observations.csv",
				"XA,computing_centers,2024,3,=,S1,synthetic test data,synthetic region for tests,,,stated,synthetic test data",
				"XA,compute_capacity,2024,0.4,=,S1,synthetic test data,synthetic region for tests,,,stated,synthetic test data");

		// when: a first edition of every brief, then a second edition after a revised figure
		RunOutcome first = this.briefRuns.run(workspace.request("2026-11-27", List.of("all"), List.of("en", "zh-CN")));
		workspace.write("observations.csv", workspace.read("observations.csv")
			.replace("GZ,compute_capacity,2024,2.8,>,S1,", "GZ,compute_capacity,2024,3.2,>,S1,"));
		RunOutcome second = this.briefRuns
			.run(workspace.request("2026-11-28", List.of("comparative"), List.of("en", "zh-CN")));

		// then
		assertThat(first.status()).as(String.join("; ", first.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(second.status()).as(String.join("; ", second.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		List<Path> pdfs = new ArrayList<>();
		for (String brief : List.of("comparative", "region-GZ", "region-SH", "region-BJ", "region-XA")) {
			for (String locale : List.of("en", "zh-CN")) {
				pdfs.add(workspace.published("2026-11-27").resolve(brief + "." + locale + ".pdf"));
			}
		}
		for (String locale : List.of("en", "zh-CN")) {
			Path pdf = workspace.published("2026-11-28").resolve("comparative." + locale + ".pdf");
			assertThat(BriefWorkspace.pdfText(pdf)).contains((locale.equals("en")) ? "What changed since" : "以来的变化");
			pdfs.add(pdf);
		}
		VeraGreenfieldFoundryProvider.initialise();
		for (Path pdf : pdfs) {
			for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
				assertConforms(pdf, flavour);
			}
		}
	}

	private static void assertConforms(Path pdf, PDFAFlavour flavour) throws Exception {
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
						+ assertion.getMessage())
				.distinct()
				.toList();
			String name = pdf.getParent().getFileName() + "/" + pdf.getFileName();
			assertThat(failures).as(name + " " + flavour).isEmpty();
			assertThat(result.isCompliant()).as(name + " " + flavour).isTrue();
		}
	}

}
