package org.policybriefs.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Prepares the XHTML for the PDF renderer: Chinese text outside a {@code lang="zh…"} element is
 * wrapped in {@code <span lang="zh">} so the stylesheet gives it the CJK font, and every
 * character is checked against the font it will be drawn with, so that a missing glyph fails
 * the run instead of leaving a silent blank.
 */
final class LanguageMarkup {

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private LanguageMarkup() {
	}

	/** A parser per thread, configured once: looking up and configuring a factory for every brief costs more than parsing. */
	private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(LanguageMarkup::newBuilder);

	static Document parse(String xhtml) {
		DocumentBuilder builder = BUILDER.get();
		try {
			return builder.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("The template produced XHTML that is not well-formed: " + ex.getMessage(),
					ex);
		}
		finally {
			builder.reset();
		}
	}

	private static DocumentBuilder newBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No XML parser: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Wraps Chinese runs and checks glyph coverage; returns a description of the first character
	 * without a glyph, or null when every character can be drawn.
	 */
	static String prepare(Document document, BundledFonts fonts) {
		List<Text> texts = new ArrayList<>();
		collectTexts(document.getDocumentElement(), texts);
		for (Text text : texts) {
			boolean chinese = isChinese(text);
			if (!chinese && ScriptRuns.containsCjk(text.getData())) {
				wrapChineseRuns(document, text);
			}
		}
		texts.clear();
		collectTexts(document.getDocumentElement(), texts);
		for (Text text : texts) {
			String missing = fonts.firstUncovered(text.getData(), isChinese(text));
			if (missing != null) {
				return missing;
			}
		}
		return null;
	}

	private static void wrapChineseRuns(Document document, Text text) {
		Node parent = text.getParentNode();
		for (ScriptRuns.Run run : ScriptRuns.split(text.getData())) {
			Node replacement;
			if (run.cjk()) {
				Element span = document.createElementNS(XHTML, "span");
				span.setAttribute("lang", "zh");
				span.appendChild(document.createTextNode(run.text()));
				replacement = span;
			}
			else {
				replacement = document.createTextNode(run.text());
			}
			parent.insertBefore(replacement, text);
		}
		parent.removeChild(text);
	}

	private static void collectTexts(Node node, List<Text> texts) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text && !(child.getNodeType() == Node.CDATA_SECTION_NODE)) {
				if (!text.getData().isBlank() && isRendered(text)) {
					texts.add(text);
				}
			}
			else if (child instanceof Element) {
				collectTexts(child, texts);
			}
		}
	}

	private static boolean isRendered(Text text) {
		for (Node node = text.getParentNode(); node != null; node = node.getParentNode()) {
			String name = node.getLocalName();
			if ("head".equals(name) || "style".equals(name) || "script".equals(name)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isChinese(Node node) {
		for (Node current = node.getParentNode(); current != null; current = current.getParentNode()) {
			if (current instanceof Element element && element.hasAttribute("lang")) {
				return element.getAttribute("lang").toLowerCase().startsWith("zh");
			}
		}
		return false;
	}

}
