package org.policybriefs.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tag tree of a brief, read back with PDFBox: its text in structure order is the text of the
 * XHTML in document order (no page furniture, nothing twice, nothing missing); every figure has
 * alternative text in the brief's language, every header cell a scope, every link annotation a
 * parent in the tree.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureTreeFunctionalTests {

	@Autowired
	BriefRuns briefRuns;

	private Path folder;

	@BeforeAll
	void render() {
		BriefWorkspace workspace = new BriefWorkspace(BriefWorkspace.temporaryFolder("structure-tree"));
		RunOutcome outcome = this.briefRuns.run(new BriefRunRequest(LocalDate.parse("2026-11-27"), workspace.input(),
				workspace.output(), List.of("all"), List.of("en", "zh-CN"), true, false,
				BriefRunRequest.NO_REJECT_LIMIT, false, BriefRunRequest.Trigger.COMMAND_LINE));
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		this.folder = workspace.published("2026-11-27");
	}

	@ParameterizedTest
	@ValueSource(strings = { "comparative.en", "comparative.zh-CN", "region-GZ.en", "region-GZ.zh-CN", "region-SH.en",
			"region-SH.zh-CN", "region-BJ.en", "region-BJ.zh-CN" })
	void theTagTreeReadsAsTheXhtml(String name) throws Exception {
		Document xhtml = Xhtml.read(this.folder.resolve("xhtml/" + name + ".xhtml"));
		Element body = (Element) xhtml.getElementsByTagNameNS("*", "body").item(0);
		try (PDDocument pdf = PdfChecks.open(this.folder.resolve(name + ".pdf"))) {
			Map<String, String> marked = markedText(pdf);
			StringBuilder structureText = new StringBuilder();
			List<PDStructureElement> elements = new ArrayList<>();
			for (Object kid : pdf.getDocumentCatalog().getStructureTreeRoot().getKids()) {
				walk(pdf, kid, null, marked, structureText, elements);
			}

			String tagged = comparable(structureText.toString());
			String written = comparable(textOf(body));
			assertThat(tagged).as(name + ": text in structure order, " + firstDifference(tagged, written))
				.isEqualTo(written);
			String language = name.endsWith("zh-CN") ? "zh" : "en";
			List<PDStructureElement> figures = elements.stream()
				.filter((element) -> element.getStructureType().equals("Figure"))
				.toList();
			assertThat(figures).as(name + ": figures").isNotEmpty().allSatisfy((figure) -> {
				assertThat(figure.getAlternateDescription()).as("alt text").isNotBlank();
				assertThat(language.equals("zh") == figure.getAlternateDescription().matches(".*\\p{IsHan}.*"))
					.as("alt text in the brief's language: " + figure.getAlternateDescription())
					.isTrue();
			});
			assertThat(elements.stream().filter((element) -> element.getStructureType().equals("TH")))
				.as(name + ": header cells")
				.isNotEmpty()
				.allSatisfy((th) -> assertThat(scope(th)).isIn("Column", "Row"));
			for (PDPage page : pdf.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink) {
						assertThat(annotation.getStructParent()).as(name + ": a link's place in the tag tree")
							.isNotNegative();
					}
				}
			}
		}
	}

	/** The text of every marked-content sequence, by page and id. */
	private static Map<String, String> markedText(PDDocument pdf) throws IOException {
		Map<String, String> text = new HashMap<>();
		int index = 0;
		for (PDPage page : pdf.getPages()) {
			PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
			extractor.processPage(page);
			for (PDMarkedContent content : extractor.getMarkedContents()) {
				collect(content, index, text);
			}
			index++;
		}
		return text;
	}

	private static void collect(PDMarkedContent content, int page, Map<String, String> text) {
		StringBuilder own = new StringBuilder();
		for (Object item : content.getContents()) {
			if (item instanceof TextPosition position) {
				own.append(position.getUnicode());
			}
			else if (item instanceof PDMarkedContent nested) {
				collect(nested, page, text);
			}
		}
		if (content.getMCID() >= 0) {
			text.merge(page + "/" + content.getMCID(), own.toString(), String::concat);
		}
	}

	/** Collects the text of a structure node's marked content, depth first, and every element on the way. */
	private static void walk(PDDocument pdf, Object kid, PDPage page, Map<String, String> marked, StringBuilder text,
			List<PDStructureElement> elements) {
		if (kid instanceof PDStructureElement element) {
			elements.add(element);
			PDPage own = (element.getPage() != null) ? element.getPage() : page;
			// a figure is read by its alternative text, not by the words drawn in the chart
			StringBuilder into = element.getStructureType().equals("Figure") ? new StringBuilder() : text;
			for (Object child : element.getKids()) {
				walk(pdf, child, own, marked, into, elements);
			}
		}
		else if (kid instanceof Integer mcid) {
			text.append(marked.getOrDefault(pdf.getPages().indexOf(page) + "/" + mcid, ""));
		}
		else if (kid instanceof PDMarkedContentReference reference) {
			PDPage own = (reference.getPage() != null) ? reference.getPage() : page;
			text.append(marked.getOrDefault(pdf.getPages().indexOf(own) + "/" + reference.getMCID(), ""));
		}
	}

	private static String scope(PDStructureElement th) {
		COSDictionary attributes = th.getCOSObject().getCOSDictionary(COSName.A);
		return (attributes != null) ? attributes.getNameAsString(COSName.getPDFName("Scope")) : null;
	}

	/** The text of an element's descendants in document order, without the running heads and feet. */
	private static String textOf(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element inner) {
				if (!inner.getAttribute("id").startsWith("running-") && !inner.getLocalName().equals("bookmarks")) {
					text.append(textOf(inner));
				}
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return text.toString();
	}

	private static String firstDifference(String tagged, String written) {
		int at = 0;
		while (at < tagged.length() && at < written.length() && tagged.charAt(at) == written.charAt(at)) {
			at++;
		}
		int from = Math.max(0, at - 40);
		return "from character " + at + ": tagged '…" + tagged.substring(from, Math.min(tagged.length(), at + 80))
				+ "', XHTML '…" + written.substring(from, Math.min(written.length(), at + 80)) + "'";
	}

	/**
	 * Letters, digits and CJK only, in lower case: what a reader hears, without the spacing and
	 * breaks typesetting adds or the capitals a style sets.
	 */
	private static String comparable(String text) {
		return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
	}

}
