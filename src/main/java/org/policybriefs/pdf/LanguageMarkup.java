package org.policybriefs.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;

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
public final class LanguageMarkup {

	public static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** Elements whose text is not shown. */
	private static final Set<String> HIDDEN = Set.of("head", "style", "script");

	private LanguageMarkup() {
	}

	/** A parser per thread, configured once: looking up and configuring a factory for every brief costs more than parsing. */
	private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(LanguageMarkup::newBuilder);

	public static Document parse(String xhtml) {
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
		Element root = document.getDocumentElement();
		return prepare(document, root, isChinese(root, false), fonts);
	}

	/** One walk of the shown text, each element's language carried down from its nearest {@code lang}. */
	private static String prepare(Document document, Element element, boolean chinese, BundledFonts fonts) {
		Node next;
		for (Node child = element.getFirstChild(); child != null; child = next) {
			next = child.getNextSibling();
			String missing = null;
			if (child instanceof Text text && child.getNodeType() != Node.CDATA_SECTION_NODE) {
				String data = text.getData();
				if (!chinese && ScriptRuns.containsCjk(data)) {
					missing = wrapChineseRuns(document, text, fonts);
				}
				else if (!data.isBlank()) {
					missing = fonts.firstUncovered(data, chinese);
				}
			}
			else if (child instanceof Element nested && !HIDDEN.contains(nested.getLocalName())) {
				missing = prepare(document, nested, isChinese(nested, chinese), fonts);
			}
			if (missing != null) {
				return missing;
			}
		}
		return null;
	}

	private static String wrapChineseRuns(Document document, Text text, BundledFonts fonts) {
		Node parent = text.getParentNode();
		String missing = null;
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
			if (missing == null) {
				missing = fonts.firstUncovered(run.text(), run.cjk());
			}
		}
		parent.removeChild(text);
		return missing;
	}

	/** Whether an element's text is Chinese: its own {@code lang}, else its parent's language. */
	private static boolean isChinese(Element element, boolean parent) {
		String lang = element.getAttribute("lang");
		return lang.isEmpty() ? parent : lang.toLowerCase(Locale.ROOT).startsWith("zh");
	}

}
