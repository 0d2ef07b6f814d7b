package org.policybriefs.render;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every brief in every locale, from one run of the job on the shipped data (with the XHTML
 * kept): each PDF as a document (outline, metadata, fonts, contents that match the pages),
 * the Chinese brief in Chinese, charts as vector graphics with text, and every number of a
 * finding traced to indicators.csv.
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
	void isADocumentWithOutlineMetadataAndEmbeddedFonts(String name) {
		try (PDDocument document = PdfChecks.open(this.folder.resolve(name + ".pdf"))) {
			assertThat(document.getNumberOfPages()).isBetween(8, 20);
			List<PdfChecks.Bookmark> outline = PdfChecks.outline(document);
			// contents, summary, strategies, comparison, figures, profiles, implications, methodology, quality, sources
			assertThat(outline).hasSize(10);
			assertThat(outline.stream().filter((b) -> !b.children().isEmpty()).count()).as("nested sections")
				.isGreaterThanOrEqualTo(3);
			PDDocumentInformation info = document.getDocumentInformation();
			assertThat(info.getTitle()).isNotBlank();
			assertThat(info.getAuthor()).isEqualTo("policy-briefs");
			assertThat(info.getSubject()).isNotBlank();
			assertThat(info.getKeywords()).isNotBlank();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(name.endsWith("zh-CN") ? "zh-CN" : "en");
			List<PDFont> fonts = PdfChecks.fonts(document);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@MethodSource("pdfs")
	void contentsGiveThePagesWhereTheHeadingsLand(String name) throws Exception {
		try (PDDocument document = PdfChecks.open(this.folder.resolve(name + ".pdf"))) {
			Map<String, Integer> contents = new HashMap<>();
			Matcher line = Pattern.compile("(?m)^(.+?)\\s*(?:\\.\\s*){3,}(\\d+)\\s*$").matcher(PdfChecks.pageText(document, 2));
			while (line.find()) {
				contents.put(line.group(1).strip(), Integer.parseInt(line.group(2)));
			}
			List<PdfChecks.Bookmark> sections = PdfChecks.outline(document).subList(1, 10);
			for (PdfChecks.Bookmark section : sections) {
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
			assertThat(text).contains("贵州", "上海", "北京", "目录", "内容摘要", "第页，共页", "暂无", "截至2026年11月27日")
				.doesNotContain("\uFFFD", "Executivesummary", "Page", "n/a", "no data for", "not reported", "count");
		}
	}

	@Test
	void chartsAreVectorDrawingsWithTextInTheBrief() throws Exception {
		for (String locale : List.of("en", "zh-CN")) {
			try (PDDocument document = PdfChecks.open(this.folder.resolve("comparative." + locale + ".pdf"))) {
				PdfChecks.Bookmark figures = PdfChecks.outline(document).get(4);
				assertThat(figures.children()).hasSize(3);
				int[] xObjects = PdfChecks.xObjects(document.getPage(figures.page() - 1));
				assertThat(xObjects[0]).as("charts as forms").isGreaterThanOrEqualTo(1);
				assertThat(xObjects[1]).as("images").isZero();
				String text = PdfChecks.pageText(document, figures.page());
				assertThat(text).contains(locale.equals("en") ? "Intelligent computing centres (count)" : "智算中心数量（个）")
					.contains(locale.equals("en") ? "Guizhou" : "贵州");
			}
		}
	}

	@Test
	void everyNumberOfAFindingIsAValueOfIndicatorsCsv() throws Exception {
		Map<String, Integer> decimals = new HashMap<>();
		for (CSVRecord record : csv(root.resolve("input/indicators.csv"))) {
			decimals.put(record.get("code"), Integer.parseInt(record.get("decimals")));
		}
		Map<String, Double> values = new HashMap<>();
		for (CSVRecord record : csv(this.folder.resolve("indicators.csv"))) {
			if (!record.get("value").isEmpty()) {
				values.put(record.get("region") + "/" + record.get("indicator"), Double.parseDouble(record.get("value")));
			}
		}
		int findings = 0;
		for (String name : pdfs().toList()) {
			Document xhtml = LanguageMarkup.parse(Files.readString(this.folder.resolve("xhtml/" + name + ".xhtml")));
			List<Element> items = findings(xhtml);
			assertThat(items).as(name).isNotEmpty();
			if (name.startsWith("comparative")) {
				assertThat(items).as(name).hasSizeBetween(4, 6);
			}
			for (Element item : items) {
				String text = textWithoutNotes(item);
				Set<String> expected = new HashSet<>();
				for (String input : item.getAttribute("data-inputs").split(" ")) {
					String indicator = input.substring(input.indexOf('/') + 1);
					assertThat(values).as("value of " + input).containsKey(input);
					String formatted = format(values.get(input), decimals.get(indicator));
					expected.add(formatted);
					assertThat(text).as(name + ": " + input).contains(formatted);
				}
				Matcher number = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(text);
				while (number.find()) {
					assertThat(expected).as(name + ": number " + number.group() + " in \"" + text + "\"")
						.contains(number.group());
				}
				findings++;
			}
		}
		assertThat(findings).isGreaterThan(20);
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
				"xhtml/charts/comparative.en-costs.png");
		for (String file : kept) {
			assertThat(this.folder.resolve(file)).isRegularFile();
		}
	}

	private static List<Element> findings(Document xhtml) {
		List<Element> items = new ArrayList<>();
		NodeList list = xhtml.getElementsByTagNameNS(LanguageMarkup.XHTML, "li");
		for (int i = 0; i < list.getLength(); i++) {
			Element item = (Element) list.item(i);
			if ("finding".equals(item.getAttribute("class"))) {
				items.add(item);
			}
		}
		return items;
	}

	private static String textWithoutNotes(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				text.append(child.getNodeValue());
			}
			else if (child instanceof Element element && !"sup".equals(element.getLocalName())) {
				text.append(textWithoutNotes(element));
			}
		}
		return text.toString();
	}

	private static String format(double value, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setMaximumFractionDigits(decimals);
		return format.format(new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP));
	}

	private static List<CSVRecord> csv(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
