package org.policybriefs.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An author edits the input and the templates while {@code preview} runs (its own JVM, on a copy of
 * the shipped input and templates) and headless Chromium shows the comparative brief: each edit
 * appears in the open page without anyone reloading it; a broken file shows its problem with its
 * file and line instead of the brief (a rejected row, in the bar above the brief); once fixed, the
 * brief is back. Screenshots go to
 * {@code target/screenshots/preview-*.png}.
 */
class PreviewFunctionalTests {

	@TempDir
	Path root;

	@TempDir
	Path profile;

	BriefWorkspace workspace;

	PreviewInBrowser preview;

	@BeforeAll
	static void chromium() {
		assumeTrue(Files.isExecutable(PreviewInBrowser.CHROMIUM) && Files.isExecutable(PreviewInBrowser.CHROMEDRIVER),
				"needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
	}

	@BeforeEach
	void startPreview() {
		this.workspace = new BriefWorkspace(this.root);
		this.preview = new PreviewInBrowser(this.workspace, this.profile, "--brief=comparative", "--locale=en");
	}

	@AfterEach
	void stopPreview() {
		if (this.preview != null) {
			this.preview.close();
		}
	}

	@Test
	void anEditToTheInputOrATemplateShowsInTheOpenPageByItself() {
		// given: the comparative brief open from the index, at the address preview printed
		this.preview.openPrintedAddress();
		assertThat(this.preview.browser().getCurrentUrl()).as("the token leaves the address for a cookie")
			.doesNotContain("token=");
		this.preview.browser().findElement(By.linkText("comparative.en")).click();
		assertThat(this.preview.browser().findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(this.preview.browser().findElement(By.id("preview-bar")).getText()).contains("comparative.en");

		// when: a region's English name changes in regions.csv
		String text = this.preview.afterEdit(() -> this.workspace.replace("regions.csv", "GZ,Guizhou,",
				"GZ,Guizhou Province,"), "Guizhou Province");

		// then: the page shows it, where the old name was
		assertThat(text).contains("Guizhou Province");
		this.preview.screenshot("preview-brief");

		// and a fragment of the templates edited shows as well
		this.preview.afterEdit(() -> BriefWorkspace.replaceIn(this.preview.templates().resolve("sections/takeaways.ftlh"),
				"<h2 id=\"${section.id()}\">${section.title()}</h2>",
				"<h2 id=\"${section.id()}\">${section.title()}</h2>\n<p class=\"note\">Draft for the editor</p>"),
				"Draft for the editor");

		// and so does the analyst's commentary, its figure printed, not its reference
		String withCommentary = this.preview.afterEdit(() -> this.workspace.append("commentary/summary.en.md", "",
				"A sentence the analyst adds while the page is open, with the centres: {{GZ computing_centers}}."),
				"A sentence the analyst adds while the page is open");
		assertThat(withCommentary).doesNotContain("{{GZ computing_centers}}");
	}

	@Test
	void aBrokenFileShowsItsFileAndLineInThePageUntilItIsFixed() {
		this.preview.openPrintedAddress();
		this.preview.browser().get(this.preview.base() + "brief/comparative.en.xhtml");
		assertThat(this.preview.browser().findElements(By.id("preview-bar"))).hasSize(1);
		long line = lineOf("indicators.csv", "compute_per_center,");

		// when: a formula names an indicator that does not exist
		String text = this.preview.afterEdit(() -> this.workspace.replace("indicators.csv",
				"compute_capacity / computing_centers", "compute_capacity / computing_centres"),
				"indicators.csv:" + line + ":");

		// then: the problem, as validate words it, instead of the brief made before
		assertThat(text).contains("unknown indicator code computing_centres")
			.contains("cannot be made from the files as they are now")
			.doesNotContain("Exception");
		assertThat(this.preview.browser().findElements(By.id("preview-bar"))).as("no brief shown as if current")
			.isEmpty();
		this.preview.screenshot("preview-error");

		// when it is fixed, the brief is back
		this.preview.afterEdit(() -> this.workspace.replace("indicators.csv", "compute_capacity / computing_centres",
				"compute_capacity / computing_centers"), "Key takeaways");
		assertThat(this.preview.browser().findElements(By.id("preview-bar"))).hasSize(1);

		// when: a malformed row is added, the brief stays (as a run would make it) and the bar names the row
		long row = this.workspace.nextLine("regions.csv");
		String withReject = this.preview.afterEdit(() -> this.workspace.append("regions.csv", "XX,,,malformed"),
				"regions.csv:" + row + ", column");
		assertThat(withReject).contains("1 row of the input was not loaded").contains("Key takeaways");
		this.preview.afterEdit(() -> this.workspace.replace("regions.csv", "XX,,,malformed\n", ""),
				(page) -> page.contains("Key takeaways") && !page.contains("not loaded"), "the brief without the row");

		// when: a template fragment does not parse, its file and line are shown
		Path cover = this.preview.templates().resolve("sections/takeaways.ftlh");
		String broken = this.preview.afterEdit(() -> BriefWorkspace.replaceIn(cover, "<ul class=\"findings\">",
				"<ul class=\"findings\">${1 + }"), "templates/sections/takeaways.ftlh:4");
		assertThat(broken).doesNotContain("FTL stack trace");
		this.preview.screenshot("preview-template-error");

		this.preview.afterEdit(() -> BriefWorkspace.replaceIn(cover, "${1 + }", ""), "Key takeaways");

		// when: the commentary names a figure the data does not have, its file and line are shown
		long passage = this.workspace.nextLine("commentary/summary.en.md") + 1;
		String unknown = this.preview.afterEdit(() -> this.workspace.append("commentary/summary.en.md", "",
				"The analyst cites {{GZ no_such_indicator}}."), "commentary/summary.en.md:" + passage);
		assertThat(unknown).contains("no_such_indicator").doesNotContain("Exception");
		this.preview.afterEdit(() -> this.workspace.replace("commentary/summary.en.md",
				"\nThe analyst cites {{GZ no_such_indicator}}.\n", ""), "Key takeaways");
	}

	private long lineOf(String inputFile, String rowStart) {
		List<String> lines = this.workspace.read(inputFile).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(rowStart)) {
				return i + 1;
			}
		}
		throw new IllegalStateException(inputFile + " has no row " + rowStart);
	}

}
