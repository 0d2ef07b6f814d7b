package org.policybriefs.render;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every brief in every locale, from one run of the job on the shipped data (with the XHTML
 * kept): each PDF as a document (outline, metadata, viewer settings, fonts, contents that match
 * the pages), the Chinese brief in Chinese, charts as vector graphics with text, every scoped
 * figure shown with its scope, derived values under the region they describe, no table mostly
 * empty, and every number of a finding traced to indicators.csv.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefDocumentFunctionalTests {

	static final String AS_OF = "2026-11-27";

	static final List<String> BRIEFS = List.of("comparative", "region-GZ", "region-SH", "region-BJ");

	// The context is made before @TempDir fields are set in this per-class lifecycle.
	static final Path root = BriefWorkspace.temporaryFolder("brief-documents");

	@Autowired
	BriefRuns briefRuns;

	Path folder;

	@BeforeAll
	void runEveryBriefOnce() {
		BriefWorkspace workspace = new BriefWorkspace(root);
		RunOutcome outcome = this.briefRuns.run(new BriefRunRequest(LocalDate.parse(AS_OF), workspace.input(),
				workspace.output(), BriefRunRequest.DEFAULT_BRIEFS, BriefRunRequest.DEFAULT_LOCALES, true, false,
				BriefRunRequest.NO_REJECT_LIMIT, true, BriefRunRequest.Trigger.COMMAND_LINE));
		assertThat(outcome.status()).as(String.join("; ", outcome.problems())).isEqualTo(RunOutcome.Status.COMPLETED);
		this.folder = workspace.published(AS_OF);
	}

	static Stream<String> pdfs() {
		return BRIEFS.stream().flatMap((brief) -> Stream.of(brief + ".en", brief + ".zh-CN"));
	}

	@ParameterizedTest
	@MethodSource("pdfs")
	void isADocumentWithOutlineMetadataAndEmbeddedFonts(String name) throws Exception {
		try (PDDocument document = PdfChecks.open(this.folder.resolve(name + ".pdf"))) {
			assertThat(document.getNumberOfPages()).isBetween(6, 16);
			List<PdfChecks.Bookmark> outline = PdfChecks.outline(document);
			// takeaways, about, contents, implications, strategies, profiles, figures of each region, figures, annex, …
			assertThat(outline).hasSizeGreaterThanOrEqualTo(10);
			assertThat(outline.stream().filter((b) -> !b.children().isEmpty()).count()).as("nested sections")
				.isGreaterThanOrEqualTo(2);
			PDDocumentInformation info = document.getDocumentInformation();
			assertThat(info.getTitle()).isNotBlank();
			assertThat(info.getAuthor()).isEqualTo("policy-briefs");
			assertThat(info.getSubject()).isNotBlank();
			assertThat(info.getKeywords()).isNotBlank();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(name.endsWith("zh-CN") ? "zh-CN" : "en");
			// the viewer opens with the document's title and the outline shown
			assertThat(document.getDocumentCatalog().getCOSObject().getNameAsString(COSName.PAGE_MODE))
				.isEqualTo("UseOutlines");
			assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			List<PDFont> fonts = PdfChecks.fonts(document);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}
	}

	@ParameterizedTest
	@MethodSource("pdfs")
	void contentsGiveThePagesWhereTheHeadingsLand(String name) throws Exception {
		try (PDDocument document = PdfChecks.open(this.folder.resolve(name + ".pdf"))) {
			List<PdfChecks.Bookmark> outline = PdfChecks.outline(document);
			PdfChecks.Bookmark contentsPage = outline.stream()
				.filter((b) -> b.title().equals("Contents") || b.title().equals("目录"))
				.findFirst()
				.orElseThrow();
			assertThat(contentsPage.page()).as("contents right after page 1").isEqualTo(2);
			Map<String, Integer> contents = new HashMap<>();
			Matcher line = Pattern.compile("(?m)^(.+?)\\s*(?:\\.\\s*){3,}(\\d+)\\s*$")
				.matcher(PdfChecks.pageText(document, contentsPage.page()));
			while (line.find()) {
				contents.put(line.group(1).strip(), Integer.parseInt(line.group(2)));
			}
			for (PdfChecks.Bookmark section : outline) {
				if (section == contentsPage) {
					continue;
				}
				assertThat(contents).as("contents entry for " + section.title()).containsKey(section.title());
				assertThat(contents.get(section.title())).as("page of " + section.title()).isEqualTo(section.page());
				assertThat(PdfChecks.pageText(document, section.page()).replaceAll("\\s+", ""))
					.as("heading on page " + section.page())
					.contains(section.title().replaceAll("\\s+", ""));
			}
		}
	}

	@Test
	void chineseBriefsAreInChineseWithEveryGlyph() throws Exception {
		for (String brief : BRIEFS) {
			String text = BriefWorkspace.pdfText(this.folder.resolve(brief + ".zh-CN.pdf")).replaceAll("\\s+", "");
			assertThat(text).contains("贵州", "上海", "北京", "目录", "要点", "关于来源", "证据附录", "第页，共页",
					"截至2026年11月27日")
				.doesNotContain("\uFFFD", "Keytakeaways", "Aboutthesource", "Page", "n/a", "nodatafor",
						"notreported", "count", "REGIONAL");
		}
	}

	@Test
	void chartsAreVectorDrawingsWithTextInTheBrief() throws Exception {
		for (String locale : List.of("en", "zh-CN")) {
			try (PDDocument document = PdfChecks.open(this.folder.resolve("comparative." + locale + ".pdf"))) {
				PdfChecks.Bookmark figures = PdfChecks.outline(document)
					.stream()
					.filter((b) -> b.title().equals(locale.equals("en") ? "Figures" : "图表"))
					.findFirst()
					.orElseThrow();
				assertThat(figures.children()).hasSizeGreaterThanOrEqualTo(3);
				int[] xObjects = PdfChecks.xObjects(document.getPage(figures.page() - 1));
				assertThat(xObjects[0]).as("charts as forms").isGreaterThanOrEqualTo(1);
				assertThat(xObjects[1]).as("images").isZero();
				String text = PdfChecks.pageText(document, figures.page());
				assertThat(text).contains(locale.equals("en") ? "Index (benchmark = 100)" : "指数（基准 = 100）")
					.contains(locale.equals("en") ? "Guizhou" : "贵州");
			}
		}
	}

	/**
	 * Wherever a figure that covers less than its region is printed (cover, takeaways, tables,
	 * charts, annex), what it covers is printed within a few lines of it on the same page (an evidence row, whose
	 * quote may run to five lines, counts as near).
	 */
	@ParameterizedTest
	@MethodSource("pdfs")
	void everyScopedFigureIsPrintedWithItsScope(String name) throws Exception {
		// every figure of the run, from the comparative brief's annex in the same language
		List<Element> evidence = evidenceRows("comparative" + name.substring(name.indexOf('.')));
		Map<String, List<String>> scopesByText = new HashMap<>();
		List<String> wholeRegionTexts = new ArrayList<>();
		for (Element row : evidence) {
			String quantity = Xhtml.text(Xhtml.cells(row).get(2)).replaceAll("\\s+", "");
			String scope = row.getAttribute("data-scope");
			List<String> texts = new ArrayList<>(List.of(quantity));
			String unsigned = quantity.replaceFirst("^[<>≤≥≈]", "");
			if (!unsigned.equals(quantity) && !unsigned.matches("[\\d.,]+")) {
				texts.add(unsigned);
			}
			for (String text : texts) {
				if (scope.isEmpty()) {
					wholeRegionTexts.add(text);
				}
				else if (text.length() >= 3) {
					scopesByText.computeIfAbsent(text, (k) -> new ArrayList<>()).add(keyword(scope));
				}
			}
		}
		wholeRegionTexts.forEach(scopesByText::remove);
		assertThat(scopesByText).as(name + ": scoped figures").isNotEmpty();
		int checked = 0;
		try (PDDocument document = PdfChecks.open(this.folder.resolve(name + ".pdf"))) {
			List<PdfChecks.Line> lines = PdfChecks.lines(document);
			// the list of sources names pages whose titles hold numbers ("grows by nearly 30 % a year"): not figures
			PdfChecks.Line sources = lines.stream()
				.filter((line) -> line.text().strip().equals("Sources") || line.text().strip().equals("资料来源"))
				.reduce((first, second) -> second)
				.orElseThrow();
			for (PdfChecks.Line line : lines) {
				if (line.page() > sources.page() || (line.page() == sources.page() && line.y() > sources.y())) {
					continue;
				}
				String compact = line.text().replaceAll("\\s+", "");
				if (isContextShare(compact)) {
					continue;
				}
				for (Map.Entry<String, List<String>> scoped : scopesByText.entrySet()) {
					if (!containsAsToken(compact, scoped.getKey())) {
						continue;
					}
					String near = lines.stream()
						.filter((other) -> other.page() == line.page() && Math.abs(other.y() - line.y()) <= 60)
						.map((other) -> other.text().replaceAll("\\s+", ""))
						.reduce("", String::concat);
					assertThat(scoped.getValue()).as(name + " page " + line.page() + ": \"" + scoped.getKey()
							+ "\" in \"" + line.text() + "\" without what it covers nearby")
						.anyMatch(near::contains);
					checked++;
				}
			}
		}
		assertThat(checked).as(name + ": scoped figures found in the PDF").isGreaterThan(3);
	}

	/**
	 * A derived indicator that names its region stands under that region; when it is computed from
	 * another region's figures that cover less than their region, it says it rests on them.
	 */
	@Test
	void derivedValuesAreShownUnderTheRegionTheyDescribe() throws Exception {
		Map<String, String> describes = new HashMap<>();
		for (CSVRecord record : csv(root.resolve("input/indicators.csv"))) {
			if (record.isMapped("region") && !record.get("region").isEmpty()) {
				describes.put(record.get("code"), record.get("region"));
			}
		}
		assertThat(describes).as("derived indicators that name their region").isNotEmpty();
		for (String locale : List.of("en", "zh-CN")) {
			Document xhtml = Xhtml.read(this.folder.resolve("xhtml/comparative." + locale + ".xhtml"));
			Map<String, List<String>> signatures = new HashMap<>();
			for (Element block : Xhtml.withClass(xhtml, "div", "signature")) {
				String region = Xhtml.first(block, "h3").getAttribute("id").replace("signatures-", "");
				List<String> rows = new ArrayList<>();
				Xhtml.elements(block, "tr").forEach((tr) -> rows.add(Xhtml.text(tr)));
				signatures.put(region, rows);
			}
			for (Element row : evidenceRows("comparative." + locale)) {
				String region = describes.get(row.getAttribute("data-indicator"));
				if (region != null) {
					assertThat(row.getAttribute("data-region")).as(row.getAttribute("data-indicator")).isEqualTo(region);
					String indicatorName = Xhtml.text(Xhtml.cells(row).get(1));
					// computed from another region's scoped figures, it does not describe that scope: it rests on it
					String scope = row.getAttribute("data-scope");
					if (!scope.isEmpty()) {
						assertThat(scope).as(locale + ": " + indicatorName)
							.matches(locale.equals("en") ? "from figures for .+" : "依据.+的数据");
					}
					assertThat(signatures.get(region)).as(locale + ": " + indicatorName + " under " + region)
						.anyMatch((text) -> text.contains(indicatorName));
					signatures.entrySet()
						.stream()
						.filter((entry) -> !entry.getKey().equals(region))
						.forEach((entry) -> assertThat(entry.getValue()).as(locale + ": not under " + entry.getKey())
							.noneMatch((text) -> text.startsWith(indicatorName)));
				}
			}
		}
	}

	/** No table of the comparative brief has more than a quarter of its cells empty (no "n/a" wall). */
	@Test
	void noTableOfTheComparativeBriefIsMoreThanAQuarterEmpty() throws Exception {
		for (String locale : List.of("en", "zh-CN")) {
			Document xhtml = Xhtml.read(this.folder.resolve("xhtml/comparative." + locale + ".xhtml"));
			int tables = 0;
			for (Element table : Xhtml.elements(xhtml.getDocumentElement(), "table")) {
				List<Element> cells = Xhtml.elements(table, "td");
				long empty = cells.stream().filter((cell) -> Xhtml.text(cell).isBlank()
						|| Xhtml.text(cell).strip().matches("[—–-]|n/a|暂无")).count();
				assertThat((double) empty / Math.max(1, cells.size()))
					.as(locale + ": empty cells of table " + tables + " (" + empty + " of " + cells.size() + ")")
					.isLessThanOrEqualTo(0.25);
				tables++;
			}
			assertThat(tables).isGreaterThan(3);
			assertThat(BriefWorkspace.pdfText(this.folder.resolve("comparative." + locale + ".pdf")))
				.doesNotContain("n/a", "暂无", "not reported for");
		}
	}

	/** A bound is printed rounded outward: fewer than 38.33 registered models is "at most 38", never "less than 38". */
	@Test
	void boundsArePrintedRoundedOutward() throws Exception {
		for (Element row : evidenceRows("region-SH.en")) {
			if (row.getAttribute("data-indicator").equals("implied_sh_registered_models")) {
				assertThat(Xhtml.text(Xhtml.cells(row).get(2))).isEqualTo("≤38");
			}
		}
		String text = BriefWorkspace.pdfText(this.folder.resolve("region-SH.en.pdf"));
		assertThat(text).contains("≤38").doesNotContain("<38");
	}

	@Test
	void everyNumberOfAFindingComesFromIndicatorsCsv() throws Exception {
		FindingNumbers numbers = new FindingNumbers(csv(this.folder.resolve("indicators.csv")),
				csv(root.resolve("input/indicators.csv")), csv(root.resolve("input/sources.csv")));
		int findings = 0;
		for (String name : pdfs().toList()) {
			Document xhtml = Xhtml.read(this.folder.resolve("xhtml/" + name + ".xhtml"));
			List<Element> items = Xhtml.withClass(xhtml, "li", "finding");
			assertThat(items).as(name).hasSizeBetween(3, 5);
			for (Element item : items) {
				numbers.check(name, item);
				findings++;
			}
		}
		assertThat(findings).isGreaterThanOrEqualTo(24);
	}

	/**
	 * A derived figure's evidence says what it is computed from in every brief: the figures of the
	 * brief it links to, another region's figures with their values (a regional brief does not
	 * state them), or that it is a benchmark's value by definition; never a bare "from", never a
	 * region's code.
	 */
	@Test
	void everyDerivedFigureSaysWhatItIsComputedFrom() throws Exception {
		int derived = 0;
		for (String name : pdfs().toList()) {
			for (Element row : evidenceRows(name)) {
				String words = Xhtml.text(Xhtml.cells(row).get(4)).strip();
				if (words.startsWith("Derived") || words.startsWith("推算") || words.startsWith("By definition")
						|| words.startsWith("按定义")) {
					assertThat(words).as(name).doesNotEndWith("from").doesNotEndWith("依据").doesNotContainPattern(
							"\\b(GZ|SH|BJ)[:：]");
					derived++;
				}
			}
		}
		// four derived figures in the catalog, each in the comparative brief and its region's, in two languages
		assertThat(derived).isEqualTo(16);
		String beijing = BriefWorkspace.pdfText(this.folder.resolve("region-BJ.en.pdf")).replaceAll("\\s+", " ");
		assertThat(beijing).contains("from Guizhou: Special electricity tariff (0.35");
	}

	/** A chart's English label wraps between words only: "SenseTime’s" is never "SenseTime’ / s". */
	@Test
	void chartLabelsWrapBetweenWordsOnly() throws Exception {
		for (String name : List.of("comparative.en", "region-SH.en")) {
			String text = BriefWorkspace.pdfText(this.folder.resolve(name + ".pdf"));
			assertThat(text).as(name).contains("SenseTime’s").doesNotContainPattern("\\p{L}[’']\\R\\s*s\\b");
		}
	}

	@Test
	void aRegionalBriefLeadsWithItsOwnRegion() throws Exception {
		for (String region : List.of("GZ", "SH", "BJ")) {
			Document xhtml = Xhtml.read(this.folder.resolve("xhtml/region-" + region + ".en.xhtml"));
			List<Element> findings = Xhtml.withClass(xhtml, "li", "finding");
			assertThat(findings).allSatisfy((finding) -> assertThat(finding.getAttribute("data-regions").split(" "))
				.as(Xhtml.text(finding)).contains(region));
			for (Element figure : Xhtml.withClass(xhtml, "div", "figure")) {
				assertThat(figure.getAttribute("data-regions").split(" ")).as(figure.getAttribute("id")).contains(region);
			}
		}
	}

	@Test
	void manifestListsEveryBriefAndTheKeptXhtml() throws Exception {
		JsonNode manifest = JsonMapper.builder().build().readTree(this.folder.resolve("manifest.json").toFile());
		List<String> files = new ArrayList<>();
		manifest.get("briefs").forEach((brief) -> files.add(brief.get("file").asString()));
		assertThat(files).containsExactlyInAnyOrderElementsOf(pdfs().map((name) -> name + ".pdf").toList());
		List<String> kept = new ArrayList<>();
		manifest.get("xhtml").forEach((file) -> kept.add(file.get("file").asString()));
		assertThat(kept).contains("xhtml/brief.css", "xhtml/comparative.en.xhtml", "xhtml/region-GZ.zh-CN.xhtml",
				"xhtml/charts/comparative.en-costs-gz.png");
		for (String file : kept) {
			assertThat(this.folder.resolve(file)).isRegularFile();
		}
	}

	private List<Element> evidenceRows(String name) throws Exception {
		Document xhtml = Xhtml.read(this.folder.resolve("xhtml/" + name + ".xhtml"));
		return Xhtml.elements(xhtml.getDocumentElement(), "tr")
			.stream()
			.filter((row) -> row.hasAttribute("data-indicator"))
			.toList();
	}

	/** A word of a scope that a line break will not split: its longest word, or its first few Chinese characters. */
	private static String keyword(String scope) {
		if (scope.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			Matcher han = Pattern.compile("\\p{IsHan}{2,3}").matcher(scope);
			return han.find() ? han.group() : scope;
		}
		String longest = "";
		for (String word : scope.split("[\\s,()'’-]+")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest;
	}

	/** Whether the text holds the figure as a whole token, not inside a longer number or a reference such as E12. */
	/**
	 * A line of the national context that states a region's figure as a share of the national one
	 * ("Guizhou: >57 EFLOPS in 2024 is >20% of the national 280 EFLOPS (2024); what it covers: …"):
	 * the share is the brief's own arithmetic on the two figures it names, not a figure of the annex.
	 */
	private static boolean isContextShare(String compact) {
		return (compact.contains("ofthenational") && compact.contains("whatitcovers"))
				|| (compact.contains("占全国") && compact.contains("所指范围"));
	}

	private static boolean containsAsToken(String text, String token) {
		int at = text.indexOf(token);
		while (at >= 0) {
			char before = (at > 0) ? text.charAt(at - 1) : ' ';
			int end = at + token.length();
			char after = (end < text.length()) ? text.charAt(end) : ' ';
			if (!Character.isDigit(before) && before != '.' && before != ',' && before != 'E'
					&& !Character.isDigit(after) && !(after == '.' && end + 1 < text.length()
							&& Character.isDigit(text.charAt(end + 1)))) {
				return true;
			}
			at = text.indexOf(token, at + 1);
		}
		return false;
	}

	static List<CSVRecord> csv(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
