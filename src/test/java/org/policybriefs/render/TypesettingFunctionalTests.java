package org.policybriefs.render;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.pdf.ChineseText;
import org.policybriefs.pdf.LineBreaks;
import org.policybriefs.render.PdfLines.Line;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped briefs as a reader sees them, read from PDFBox's glyph positions: the Chinese
 * edition in Chinese scale units, full-width punctuation and Simplified characters, no line
 * starting with closing punctuation and no place name split in a title; in both editions numbers
 * kept with their units, short labels in parentheses kept whole, one date convention, and no page
 * but a section's last less than a third full.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypesettingFunctionalTests {

	static final String AS_OF = "2026-11-30";

	static final List<String> BRIEFS = List.of("comparative", "region-GZ", "region-SH", "region-BJ");

	/** What may not start a line in Chinese text. */
	static final String CLOSING = "，。、；：？！）》」”";

	static final Path root = BriefWorkspace.temporaryFolder("typesetting");

	@Autowired
	BriefRuns briefRuns;

	Path folder;

	@BeforeAll
	void runEveryBriefOnce() {
		BriefWorkspace workspace = new BriefWorkspace(root);
		RunOutcome outcome = this.briefRuns.run(new BriefRunRequest(LocalDate.parse(AS_OF), workspace.input(),
				workspace.output(), BriefRunRequest.DEFAULT_BRIEFS, BriefRunRequest.DEFAULT_LOCALES, false,
				BriefRunRequest.Trigger.COMMAND_LINE));
		assertThat(outcome.status()).as(String.join("; ", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		this.folder = workspace.published(AS_OF);
	}

	static Stream<String> chinese() {
		return BRIEFS.stream().map((brief) -> brief + ".zh-CN");
	}

	static Stream<String> all() {
		return BRIEFS.stream().flatMap((brief) -> Stream.of(brief + ".en", brief + ".zh-CN"));
	}

	@ParameterizedTest
	@MethodSource("chinese")
	void chineseMoneyIsInChineseScaleUnits(String name) {
		String text = text(name);
		assertThat(text).doesNotContain("十亿").doesNotContain("bn");
		assertThat(text).containsPattern("\\d+亿(美)?元");
	}

	@ParameterizedTest
	@MethodSource("chinese")
	void chineseTextHasFullWidthPunctuation(String name) {
		// also no English full stop ending a Chinese phrase before more Chinese ("作者老A）. 类型")
		Pattern halfWidth = Pattern.compile("\\p{IsHan}\\s*[,:;()]|[,:;()]\\s*\\p{IsHan}|[\\p{IsHan}）]\\.\\s*\\p{IsHan}");
		for (Line line : lines(name)) {
			assertThat(halfWidth.matcher(line.text()).find()).as("%s: %s", name, line.text()).isFalse();
		}
	}

	@ParameterizedTest
	@MethodSource("chinese")
	void noLineStartsWithClosingPunctuation(String name) {
		for (Line line : lines(name)) {
			assertThat(CLOSING.indexOf(line.text().charAt(0))).as("%s: a line starts '%s'", name, line.text())
				.isNegative();
		}
	}

	@ParameterizedTest
	@MethodSource("chinese")
	void quotesAndEverythingElseAreInSimplifiedCharacters(String name) {
		// ICU's Traditional-Simplified transliterator (keeping 昇腾, see ChineseText) changes nothing in what is shown
		String text = text(name);
		for (String line : text.split("\\R")) {
			assertThat(ChineseText.simplified(line)).as(name).isEqualTo(line);
		}
		assertThat(text).contains("贵州押注‘资源驱动’");
	}

	@ParameterizedTest
	@MethodSource("all")
	void noPlaceNameIsSplitAcrossTheLinesOfATitle(String name) throws Exception {
		List<String> places = placeNames();
		try (PDDocument document = PdfChecks.open(pdf(name))) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				List<Line> lines = PdfLines.body(document, page);
				for (int i = 0; i + 1 < lines.size(); i++) {
					Line line = lines.get(i);
					Line next = lines.get(i + 1);
					if (line.size() < 11 || !line.continuedBy(next)) {
						continue;
					}
					String joined = line.text().strip() + next.text().strip();
					for (String place : places) {
						int at = joined.indexOf(place);
						int cut = line.text().strip().length();
						assertThat(at >= 0 && at < cut && at + place.length() > cut)
							.as("%s page %d: '%s' / '%s'", name, page, line.text(), next.text())
							.isFalse();
					}
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("all")
	void numbersKeepTheirUnitsAndShortLabelsTheirParentheses(String name) throws Exception {
		Pattern unitStart = Pattern.compile("^(%|EFLOPS|CNY|USD|°C|×|个|家|倍|亿|万|元|美元|/)");
		try (PDDocument document = PdfChecks.open(pdf(name))) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				List<Line> lines = PdfLines.of(document, page);
				for (Line line : lines) {
					for (Line next : lines) {
						if (!line.continuedBy(next)) {
							continue;
						}
						String where = name + " page " + page + ": '" + line.text() + "' / '" + next.text() + "'";
						boolean number = Character.isDigit(line.text().charAt(line.text().length() - 1));
						assertThat(number && unitStart.matcher(next.text()).find()).as(where).isFalse();
						assertThat(openGroup(line.text(), next.text())).as(where).isFalse();
					}
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("all")
	void datesFollowOneConvention(String name) {
		String text = text(name).replaceAll("\\s+", " ");
		if (name.endsWith("zh-CN")) {
			assertThat(text).contains("2026年11月30日");
		}
		else {
			assertThat(text).contains("30 November 2026").doesNotContain("November 30, 2026");
		}
	}

	/**
	 * No page is less than a third full, but the last page of a section (the page before one that
	 * starts with a section heading, and the last page).
	 */
	@ParameterizedTest
	@MethodSource("all")
	void noPageButASectionsLastIsLessThanAThirdFull(String name) throws Exception {
		try (PDDocument document = PdfChecks.open(pdf(name))) {
			List<String> sections = PdfChecks.outline(document).stream().map(PdfChecks.Bookmark::title).toList();
			int pages = document.getNumberOfPages();
			for (int page = 2; page < pages; page++) {
				List<Line> next = PdfLines.body(document, page + 1);
				boolean sectionEnds = !next.isEmpty() && sections.contains(next.get(0).text().strip());
				if (!sectionEnds) {
					assertThat(PdfLines.fill(document, page)).as("%s page %d", name, page).isGreaterThanOrEqualTo(1 / 3f);
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("all")
	void noPageIsBlank(String name) throws Exception {
		try (PDDocument document = PdfChecks.open(pdf(name))) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				assertThat(PdfLines.body(document, page)).as("%s page %d", name, page).isNotEmpty();
			}
		}
	}

	/** Whether a line ends inside a short parenthesised label that the next line closes. */
	static boolean openGroup(String line, String next) {
		for (char open : new char[] { '(', '（' }) {
			char close = (open == '(') ? ')' : '）';
			int at = line.lastIndexOf(open);
			if (at >= 0 && line.indexOf(close, at) < 0) {
				int closes = next.indexOf(close);
				// the label's length from its opening to its closing parenthesis, both included
				String label = line.substring(at) + next.substring(0, closes + 1);
				int longest = label.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
						? LineBreaks.SHORT_CHINESE_GROUP : LineBreaks.SHORT_GROUP;
				if (closes >= 0 && label.length() <= longest) {
					return true;
				}
			}
		}
		return false;
	}

	private Path pdf(String name) {
		return this.folder.resolve(name + ".pdf");
	}

	private String text(String name) {
		return BriefWorkspace.pdfText(pdf(name));
	}

	private List<Line> lines(String name) {
		List<Line> lines = new ArrayList<>();
		try (PDDocument document = PdfChecks.open(pdf(name))) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				lines.addAll(PdfLines.of(document, page));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return lines;
	}

	private static List<String> placeNames() throws Exception {
		List<String> names = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(Path.of("input/regions.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				names.add(row.get("name_en"));
				names.add(row.get("name_zh"));
			}
		}
		return names;
	}

}
