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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions are data: a fourth region (XA, synthetic and labelled so) added to a copy of the
 * input, with whole-region figures that two shipped regions also give, is compared side by side,
 * gets findings and figures of its own in the comparative brief and a regional brief that leads
 * with it, with no change to templates, catalogs or code.
 */
@SpringBootTest
class FourthRegionFunctionalTests {

	static final String SYNTHETIC = "Synthetic Testland (synthetic test data)";

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void aFourthRegionGetsItsOwnFindingsFiguresAndBrief() throws Exception {
		// given: a synthetic region reporting, for the whole region, indicators Guizhou and Beijing also report
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		workspace.append("regions.csv", "XA," + SYNTHETIC + ",合成测试区（合成测试数据）,synthetic_strategy,"
				+ "Synthetic strategy,合成战略,Synthetic lever,合成抓手,Synthetic constraint,合成制约,,,,,,computing_centers,region");
		workspace.append("observations.csv",
				"XA,computing_centers,2024,3,=,S1,synthetic test data,synthetic region for tests,,,stated,synthetic test data",
				"XA,compute_capacity,2024,0.4,=,S1,synthetic test data,synthetic region for tests,,,stated,synthetic test data",
				"XA,ai_talent_share,2024,5,=,S1,synthetic test data,synthetic region for tests,,,stated,synthetic test data");

		// when
		RunOutcome outcome = this.briefRuns.run(new BriefRunRequest(LocalDate.parse("2026-11-27"), workspace.input(),
				workspace.output(), List.of("comparative", "region:XA"), List.of("en", "zh-CN"), true, false,
				BriefRunRequest.NO_REJECT_LIMIT, true, BriefRunRequest.Trigger.COMMAND_LINE));

		// then
		assertThat(outcome.status()).as(String.join("; ", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		Path folder = workspace.published("2026-11-27");
		assertThat(BriefWorkspace.filesBelow(folder)).contains("comparative.en.pdf", "comparative.zh-CN.pdf",
				"region-XA.en.pdf", "region-XA.zh-CN.pdf");

		Document comparative = Xhtml.read(folder.resolve("xhtml/comparative.en.xhtml"));
		assertThat(Xhtml.withClass(comparative, "li", "finding")).as("a comparative finding about the synthetic region")
			.anyMatch((finding) -> List.of(finding.getAttribute("data-regions").split(" ")).contains("XA"));
		assertThat(Xhtml.withClass(comparative, "div", "figure")).as("a comparative figure with a synthetic bar")
			.anyMatch((figure) -> List.of(figure.getAttribute("data-regions").split(" ")).contains("XA"));
		for (Element table : Xhtml.withClass(comparative, "table", "matrix")) {
			List<Element> cells = Xhtml.elements(table, "td");
			long empty = cells.stream().filter((cell) -> Xhtml.text(cell).strip().equals("—")).count();
			assertThat((double) empty / cells.size()).as("empty cells of a matrix table").isLessThanOrEqualTo(0.25);
		}
		try (PDDocument document = PdfChecks.open(folder.resolve("comparative.en.pdf"))) {
			List<PdfChecks.Bookmark> outline = PdfChecks.outline(document);
			PdfChecks.Bookmark matrix = outline.stream()
				.filter((b) -> b.title().equals("Comparable figures"))
				.findFirst()
				.orElseThrow();
			assertThat(PdfChecks.pageText(document, matrix.page())).as("the side-by-side matrix")
				.contains("Synthetic Testland");
			assertThat(PdfChecks.pageText(document, 1)).as("cover and takeaways").contains("Synthetic Testland");
		}

		Document regional = Xhtml.read(folder.resolve("xhtml/region-XA.en.xhtml"));
		List<Element> findings = Xhtml.withClass(regional, "li", "finding");
		assertThat(findings).hasSizeGreaterThanOrEqualTo(3);
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.getAttribute("data-regions").split(" "))
			.contains("XA"));
		assertThat(Xhtml.withClass(regional, "div", "figure")).isNotEmpty()
			.allSatisfy((figure) -> assertThat(figure.getAttribute("data-regions").split(" ")).contains("XA"));
		assertThat(BriefWorkspace.pdfText(folder.resolve("region-XA.en.pdf")).replaceAll("\\s+", " "))
			.contains(SYNTHETIC + " in China’s Race for AI Compute");
		assertThat(BriefWorkspace.pdfText(folder.resolve("region-XA.zh-CN.pdf")).replaceAll("\\s+", ""))
			.contains("合成测试区（合成测试数据）");
	}

}
