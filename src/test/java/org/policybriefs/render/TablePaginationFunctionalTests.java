package org.policybriefs.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybriefs.brief.Section;
import org.policybriefs.pdf.BundledFonts;
import org.policybriefs.pdf.PdfRenderer;
import org.policybriefs.render.PdfLines.Line;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables split across pages as an editor splits them, for every place a page may end: pages of
 * the brief's stylesheet with a table pushed down by ever more paragraphs before it, each
 * rendered to PDF and read back. A split leaves three rows or more on each side, the next page
 * repeats the header and names the table "(continued)"; a short table is never split.
 */
class TablePaginationFunctionalTests {

	static final PdfRenderer renderer = new PdfRenderer(Path.of("templates"),
			new BundledFonts(Path.of("templates"), Set.of("Noto Serif", "Noto Sans"), Set.of("Noto Sans CJK SC")), false);

	/** Enough paragraphs before the table to move its end from the top of page 1 to the top of page 2. */
	static IntStream paragraphs() {
		return IntStream.rangeClosed(14, 34);
	}

	@ParameterizedTest(name = "a table of 12 rows after {0} paragraphs")
	@MethodSource("paragraphs")
	void aLongTableSplitsWithThreeRowsOnEachSideAndSaysItContinues(int paragraphs) throws IOException {
		try (PDDocument document = render(paragraphs, 12, "en")) {
			List<Integer> perPage = rowsPerPage(document, "row ");
			List<Integer> pages = pagesWithRows(perPage);
			if (pages.size() == 1) {
				assertThat(text(document, pages.get(0))).doesNotContain("(continued)");
				return;
			}
			assertThat(pages).hasSize(2);
			assertThat(perPage.get(pages.get(0) - 1)).as("rows on page %d", pages.get(0)).isGreaterThanOrEqualTo(3);
			assertThat(perPage.get(pages.get(1) - 1)).as("rows on page %d", pages.get(1)).isGreaterThanOrEqualTo(3);
			List<Line> next = PdfLines.of(document, pages.get(1));
			assertThat(next).extracting(Line::text).contains("Costs (continued)");
			assertThat(next.stream().filter((line) -> line.y() > PdfLines.MARGIN).findFirst().orElseThrow().text())
				.as("the first line of the continued table is its header").isEqualTo("Indicator");
			assertThat(text(document, pages.get(0))).doesNotContain("(continued)");
		}
	}

	@Test
	void theParagraphsBeforeTheTableMoveItsSplitThroughEveryRow() throws IOException {
		Set<Integer> firstPageRows = new java.util.TreeSet<>();
		for (int paragraphs : paragraphs().toArray()) {
			try (PDDocument document = render(paragraphs, 12, "en")) {
				List<Integer> perPage = rowsPerPage(document, "row ");
				if (pagesWithRows(perPage).size() == 2) {
					firstPageRows.add(perPage.get(pagesWithRows(perPage).get(0) - 1));
				}
			}
		}
		assertThat(firstPageRows).as("rows left on the first page by the splits").contains(3, 9);
	}

	@ParameterizedTest(name = "a table of 5 rows after {0} paragraphs")
	@MethodSource("paragraphs")
	void aShortTableIsNeverSplit(int paragraphs) throws IOException {
		try (PDDocument document = render(paragraphs + 8, 5, "en")) {
			assertThat(pagesWithRows(rowsPerPage(document, "row "))).hasSize(1);
		}
	}

	@ParameterizedTest(name = "a Chinese table of 12 rows after {0} paragraphs")
	@ValueSource(ints = { 17, 22, 25 })
	void aChineseTableSaysItContinuesInChinese(int paragraphs) throws IOException {
		try (PDDocument document = render(paragraphs, 12, "zh-CN")) {
			List<Integer> pages = pagesWithRows(rowsPerPage(document, "row "));
			assertThat(pages).hasSize(2);
			assertThat(PdfLines.of(document, pages.get(1))).extracting(Line::text).contains("Costs（续）");
		}
	}

	static PDDocument render(int paragraphs, int rows, String language) throws IOException {
		StringBuilder body = new StringBuilder("<h2>Section</h2>");
		for (int i = 0; i < paragraphs; i++) {
			body.append("<p>Paragraph ").append(i)
				.append(" with some words to fill the page so that the table lands near its end.</p>");
		}
		body.append("<h3>Costs</h3><table class=\"data\"><thead><tr><th>Indicator</th><th class=\"num\">Value</th>")
			.append("</tr></thead><tbody>");
		for (int i = 1; i <= rows; i++) {
			body.append("<tr><td>row ").append(i).append("</td><td class=\"num\">").append(i).append("</td></tr>");
		}
		body.append("</tbody></table><p>After the table.</p>");
		String continued = language.startsWith("zh") ? "{0}（续）" : "{0} (continued)";
		String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + language + "\"><head><title>t</title>"
				+ "<meta name=\"table-continued\" content=\"" + continued + "\"/>"
				+ "<link rel=\"stylesheet\" type=\"text/css\" href=\"brief.css\"/></head><body class=\""
				+ language.substring(0, 2) + "\">" + body + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(xhtml, Map.of(), language, new PdfRenderer.Parts(), out);
		return Loader.loadPDF(out.toByteArray());
	}

	/** How many lines starting with the prefix each page has. */
	static List<Integer> rowsPerPage(PDDocument document, String prefix) {
		List<Integer> counts = new ArrayList<>();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			counts.add((int) PdfLines.of(document, page).stream().filter((line) -> line.text().startsWith(prefix)).count());
		}
		return counts;
	}

	static List<Integer> pagesWithRows(List<Integer> perPage) {
		List<Integer> pages = new ArrayList<>();
		for (int i = 0; i < perPage.size(); i++) {
			if (perPage.get(i) > 0) {
				pages.add(i + 1);
			}
		}
		return pages;
	}

	static String text(PDDocument document, int page) {
		return PdfChecks.pageText(document, page);
	}

}
