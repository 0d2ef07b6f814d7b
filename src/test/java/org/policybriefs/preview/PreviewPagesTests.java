package org.policybriefs.preview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's words around the briefs: what failed and what to do, the bar, the reload. */
class PreviewPagesTests {

	@Nested
	class AProblem {

		private final String page = PreviewPages.problems("comparative.en",
				List.of("indicators.csv:28: formula of compute_per_center: unknown indicator code computing_centres"), 7,
				"22:41:05");

		@Test
		void isShownWithItsFileAndLineAsValidateWordsIt() {
			assertThat(this.page).contains("comparative.en cannot be made from the files as they are now")
				.contains("The problem:")
				.contains("<code>indicators.csv:28: formula of compute_per_center: unknown indicator code"
						+ " computing_centres</code>");
		}

		@Test
		void saysWhatToDoAndThatTheBriefBeforeIsNotShown() {
			assertThat(this.page).contains("Correct the file at the line named and save it")
				.contains("this page reloads by itself")
				.contains("The brief made before is not shown")
				.contains("Version 7, files checked at 22:41:05");
		}

		@Test
		void severalAreListedEachOnItsOwn() {
			String page = PreviewPages.problems("The briefs", List.of("regions.csv:3: one", "sources.csv:4: two"), 2,
					"10:00:00");

			assertThat(page).contains("The problems:").contains("<li><code>regions.csv:3: one</code></li>")
				.contains("<li><code>sources.csv:4: two</code></li>");
		}

		@Test
		void isEscapedAndCarriesNoStackTrace() {
			String page = PreviewPages.problems("comparative.en",
					List.of("templates/sections/cover.ftlh:3:5: Encountered \"</#if>\" <script>alert(1)</script>"), 1,
					"10:00:00");

			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.contains("Encountered &quot;&lt;/#if&gt;&quot;")
				.doesNotContain("<script>alert(1)")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
		}

	}

	@Nested
	class ABrief {

		private static final String XHTML = """
				<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>T</title>\
				<link rel="stylesheet" type="text/css" href="brief.css"/></head>
				<body class="en"><h1>Brief</h1></body>
				</html>""";

		@Test
		void getsTheStylesheetTheBarAndTheReloadScriptAndStaysWellFormed() throws Exception {
			String bar = PreviewPages.bar("comparative.en", 3, "22:41:05", 280, 90, 1,
					List.of("regions.csv:5, column name_en: the name is empty & <required>",
							"regions.csv:5, column name_zh: the name is empty"));

			String page = PreviewPages.brief(XHTML, bar, 3);

			Document document = parse(page);
			assertThat(document.getElementsByTagName("link").getLength()).isEqualTo(2);
			assertThat(page.indexOf("preview.css")).isGreaterThan(page.indexOf("brief.css"));
			assertThat(page.indexOf("id=\"preview-bar\"")).isGreaterThan(page.indexOf("<body class=\"en\">"))
				.isLessThan(page.indexOf("<h1>Brief</h1>"));
			assertThat(page.indexOf("<script")).isGreaterThan(page.indexOf("<h1>Brief</h1>"))
				.isLessThan(page.indexOf("</body>"));
			assertThat(page).contains("1 row of the input was not loaded")
				.contains("<li>regions.csv:5, column name_en: the name is empty &amp; &lt;required&gt;</li>")
				.contains("<li>regions.csv:5, column name_zh: the name is empty</li>")
				.contains("href=\"comparative.en.pdf\"");
		}

		@Test
		void reloadsWhenTheServerHasALaterVersionAndAsksNothingRemote() {
			String script = PreviewPages.reloadScript(12);

			assertThat(script).contains("var seen = 12").contains("fetch('/version?after=' + seen")
				.contains("location.reload()")
				.doesNotContain("http:")
				.doesNotContain("https:");
		}

		private static Document parse(String xml) throws Exception {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}

	}

	@Test
	void rowsNotLoadedAreCountedInTheRightNumber() {
		assertThat(PreviewPages.rowsNotLoaded(1)).isEqualTo("1 row of the input was not loaded");
		assertThat(PreviewPages.rowsNotLoaded(3)).isEqualTo("3 rows of the input were not loaded");
	}

	@Test
	void theFontsComeFromTheFontsFolderUnderAnAddressThatChangesWithTheFile() {
		String css = PreviewPages.stylesheet(List.of(new org.policybriefs.pdf.BundledFonts.Face("NotoSerif-Bold.ttf",
				"Noto Serif", true, false)), (file) -> 1765000000000L);

		assertThat(css).contains("@font-face { font-family: \"Noto Serif\";"
				+ " src: url(\"fonts/NotoSerif-Bold.ttf?v=1765000000000\"); font-weight: bold; font-style: normal; }");
	}

	@ParameterizedTest
	@ValueSource(strings = { ".regions.csv.swp", "regions.csv~", ".#cover.ftlh" })
	void editorLeftoversAreNoChangeOfTheInput(String name) {
		assertThat(FolderWatch.isEditorLeftover(Path.of("input", name))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "regions.csv", "cover.ftlh", "summary.en.md" })
	void inputFilesAreChanges(String name) {
		assertThat(FolderWatch.isEditorLeftover(Path.of("input", name))).isFalse();
	}

}
