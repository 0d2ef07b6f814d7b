package org.policybriefs.commentary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stale passages across editions, each command in a process of its own, so that nothing but the
 * published editions and the input carries what a passage was written against: a first edition
 * binds the summary to Guizhou's capacity; the data revise it; the second edition's run and
 * {@code validate} list the passage with both values and the PDF marks it; {@code rebind} clears it
 * for the third edition.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StalePassagesFunctionalTests {

	private static final String STALE_LINE = "commentary/summary.en.md:1  GZ compute_capacity 2024 S1: written against"
			+ " >2.8 EFLOPS → now >3.1 EFLOPS";

	final Path root = BriefWorkspace.temporaryFolder("stale-passages");

	BriefWorkspace workspace;

	BriefProcess second;

	@BeforeAll
	void twoEditionsWithARevisedFigure() {
		this.workspace = new BriefWorkspace(this.root);
		assertThat(run("2026-12-01").waitFor()).isZero();
		String observations = this.workspace.read("observations.csv");
		assertThat(observations).contains("GZ,compute_capacity,2024,2.8,>");
		this.workspace.write("observations.csv",
				observations.replace("GZ,compute_capacity,2024,2.8,>", "GZ,compute_capacity,2024,3.1,>"));
		this.second = run("2026-12-02");
		assertThat(this.second.waitFor()).isZero();
	}

	@Test
	@Order(1)
	void theRunListsTheStalePassageWithItsFileLineAndBothValues() {
		assertThat(this.second.output()).contains(STALE_LINE);
		assertThat(passages("2026-12-02")).anySatisfy((row) -> assertThat(row)
			.isEqualTo("summary.en.md,1," + hashOf("summary.en.md") + ",GZ compute_capacity 2024 S1,2024 >2.8 EFLOPS,"
					+ "2024 >3.1 EFLOPS,stale"));
	}

	@Test
	@Order(2)
	void validateListsItToo() {
		BriefProcess validate = start("validate", "--input=" + this.workspace.input(),
				"--output=" + this.workspace.output());
		assertThat(validate.waitFor()).isZero();
		assertThat(validate.output()).contains(STALE_LINE).contains("valid: the input can be run");
	}

	@Test
	@Order(3)
	void theBriefMarksItWithTheValueItWasWrittenAgainst() {
		String text = pdfText(this.workspace.published("2026-12-02").resolve("comparative.en.pdf"));
		// the brief keeps a number with its unit by a no-break space
		assertThat(text.replaceAll("[\\s\\u00A0\\u202F\\u2009\\u200B]+", " ")).contains("[Stale] " + boldLead("summary.en.md"))
			.contains("Written against Computing capacity, Guizhou, 2024: >2.8 EFLOPS");
		// a passage is marked once however many of its figures changed, and only a passage edition 2's passages.csv calls
		// stale; the comparative brief has the general files (section.en.md), a region's files are in its own brief
		long stale = passages("2026-12-02").stream()
			.filter((row) -> row.endsWith(",stale") && row.split(",")[0].endsWith(".en.md")
					&& row.split(",")[0].split("\\.").length == 3)
			.map((row) -> row.split(",")[0] + ":" + row.split(",")[1])
			.distinct()
			.count();
		assertThat(stale).isPositive();
		assertThat(text.split("\\[Stale\\]", -1).length - 1).isEqualTo(stale);
	}

	@Test
	@Order(4)
	void withTheSettingFailTheCheckStopsNamingThePassage() {
		BriefProcess validate = start("validate", "--input=" + this.workspace.input(),
				"--output=" + this.workspace.output(), "--briefs.commentary.stale=fail");
		assertThat(validate.waitFor()).isEqualTo(1);
		assertThat(String.join("\n", validate.stderr())).contains("stale passage")
			.contains(STALE_LINE)
			.contains("rebind");
	}

	@Test
	@Order(5)
	void rebindClearsItForTheNextEdition() {
		BriefProcess rebind = start("rebind", "--input=" + this.workspace.input(), "--output=" + this.workspace.output(),
				"--all");
		assertThat(rebind.waitFor()).isZero();
		assertThat(rebind.output()).contains("summary.en.md:1  GZ compute_capacity 2024 S1: bound to >3.1 EFLOPS")
			.contains("summary.zh-CN.md:1  GZ compute_capacity 2024 S1: bound to >3.1 EFLOPS");
		assertThat(this.workspace.read("commentary/bindings.csv")).contains("summary.en.md," + hashOf("summary.en.md")
				+ ",GZ compute_capacity 2024 S1,2024 >3.1 EFLOPS");
		BriefProcess third = run("2026-12-03");
		assertThat(third.waitFor()).isZero();
		assertThat(third.output()).doesNotContain("summary.en.md:1  GZ").contains("0 stale");
		assertThat(passages("2026-12-03")).anySatisfy((row) -> assertThat(row).startsWith("summary.en.md,1,")
			.endsWith(",2024 >3.1 EFLOPS,2024 >3.1 EFLOPS,rebound"));
		assertThat(pdfText(this.workspace.published("2026-12-03").resolve("comparative.en.pdf"))).doesNotContain("[Stale]");
	}

	@Test
	@Order(6)
	void anUnknownFigureStopsValidateAndRunNamingFileAndLine() throws IOException {
		Path file = this.workspace.input().resolve("commentary").resolve("watch.GZ.en.md");
		Files.writeString(file, "Watch this.\n\n- Whether {{GZ compute_capacty}} is\n  revised.\n");
		try {
			String problem = file + ":3: {{GZ compute_capacty}}: indicator 'compute_capacty' is not in indicators.csv";
			BriefProcess validate = start("validate", "--input=" + this.workspace.input(),
					"--output=" + this.workspace.output());
			assertThat(validate.waitFor()).isEqualTo(1);
			assertThat(String.join("\n", validate.stderr())).contains("error: " + problem);
			BriefProcess run = run("2026-12-04");
			assertThat(run.waitFor()).isEqualTo(1);
			assertThat(String.join("\n", run.stderr())).contains("error: " + problem).contains("nothing was published");
		}
		finally {
			Files.delete(file);
		}
	}

	private BriefProcess run(String asOf) {
		return start("run", "--as-of=" + asOf, "--brief=comparative", "--locale=en", "--no-distribute",
				"--input=" + this.workspace.input(), "--output=" + this.workspace.output());
	}

	private BriefProcess start(String... args) {
		return BriefProcess.start(Path.of("").toAbsolutePath(), List.of("-Xmx256m"), args);
	}

	private List<String> passages(String asOf) {
		try {
			return new ArrayList<>(Files.readAllLines(this.workspace.published(asOf).resolve(PassagesCsv.FILE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String hashOf(String file) {
		return CommentaryMarkdown.parse(file, this.workspace.read("commentary/" + file)).get(0).passages().get(0).hash();
	}

	private static String pdfText(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


	/** The bold lead of a shipped commentary file's first paragraph, as the analyst wrote it. */
	private String boldLead(String file) {
		java.util.regex.Matcher lead = java.util.regex.Pattern.compile("\\*\\*(.+?)\\*\\*")
			.matcher(this.workspace.read("commentary/" + file));
		assertThat(lead.find()).as("a bold lead in " + file).isTrue();
		return lead.group(1);
	}

}
