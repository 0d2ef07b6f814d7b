package org.policybriefs.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.ULocale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Sets every text a brief shows by the conventions of its edition, at the edge, just before
 * layout, so that messages, data and templates are all set alike. A Chinese edition: full-width
 * punctuation, quotation marks nested “…‘…’…”, and Simplified characters where the edition is
 * Simplified (quotes from a Traditional source included). An English edition: curly quotation
 * marks, and the Chinese passages in it (quotes in the original) set as Chinese. Code is left
 * as it is. In headings a Chinese word (a place name: 上海) is never split across lines.
 */
final class Typesetting {

	/** Elements whose text is code or not shown: set as they are. */
	private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "head", "style", "script");

	/** Metadata a PDF viewer shows: the document's subject and keywords (the title is the title element). */
	private static final Set<String> SHOWN_META = Set.of("subject", "keywords");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");

	/** The class a template gives an element whose Chinese words must not be split across lines. */
	static final String KEEP_WORDS = "keep-words";

	private final boolean chinese;

	private final boolean simplified;

	private Typesetting(boolean chinese, boolean simplified) {
		this.chinese = chinese;
		this.simplified = simplified;
	}

	/** The conventions of an edition, by its language tag ("zh-CN", "en"). */
	static Typesetting forLanguage(String languageTag) {
		ULocale locale = ULocale.addLikelySubtags(ULocale.forLocale(Locale.forLanguageTag(languageTag)));
		boolean chinese = "zh".equals(locale.getLanguage());
		return new Typesetting(chinese, chinese && "Hans".equals(locale.getScript()));
	}

	/** One text as this edition shows it. */
	String text(String text) {
		if (this.chinese) {
			String simplified = this.simplified ? ChineseText.simplified(text) : text;
			return ChineseText.nestedQuotes(ChineseText.punctuation(simplified));
		}
		String curled = Quotes.nest(text, false);
		if (!ScriptRuns.containsCjk(curled)) {
			return curled;
		}
		StringBuilder out = new StringBuilder(curled.length());
		for (ScriptRuns.Run run : ScriptRuns.split(curled)) {
			out.append(run.cjk() ? ChineseText.punctuation(run.text()) : run.text());
		}
		return out.toString();
	}

	/** Sets every shown text of the document, and the title, subject and outline the PDF viewer shows. */
	void apply(Document document) {
		List<Text> texts = new ArrayList<>();
		collect(document.getDocumentElement(), texts);
		collectTitles(document, texts);
		for (Text node : texts) {
			String data = node.getData();
			String set = text(data);
			if (!set.equals(data)) {
				node.setData(set);
			}
		}
	}

	/**
	 * Marks the elements of headings that hold Chinese text, so that the line breaker keeps
	 * their words whole ({@link LineBreaks#KEEP_WORDS}): a private-use subtag of the element's
	 * language, which is what Flying Saucer hands the line breaker with the text. Run after the
	 * Chinese runs are marked with their language.
	 */
	static void keepHeadingWords(Document document) {
		markHeadings(document.getDocumentElement(), false);
	}

	private static void markHeadings(Element element, boolean inHeading) {
		boolean heading = inHeading || HEADINGS.contains(element.getLocalName())
				|| List.of(element.getAttribute("class").split(" ")).contains(KEEP_WORDS);
		if (heading && hasChineseText(element)) {
			String language = language(element);
			if (!language.contains(LineBreaks.KEEP_WORDS)) {
				element.setAttribute("lang", language + LineBreaks.KEEP_WORDS);
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element nested && !VERBATIM.contains(nested.getLocalName())) {
				markHeadings(nested, heading);
			}
		}
	}

	private static boolean hasChineseText(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE && ScriptRuns.containsCjk(child.getNodeValue())) {
				return true;
			}
		}
		return false;
	}

	private static String language(Element element) {
		for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
			if (current.hasAttribute("lang")) {
				return current.getAttribute("lang");
			}
		}
		return "zh";
	}

	private void collectTitles(Document document, List<Text> texts) {
		for (String name : List.of("title", "meta", "bookmark")) {
			org.w3c.dom.NodeList elements = document.getElementsByTagNameNS("*", name);
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				if (name.equals("title")) {
					collect(element, texts, true);
				}
				else {
					String attribute = name.equals("bookmark") ? "name" : "content";
					boolean shown = name.equals("bookmark") || SHOWN_META.contains(element.getAttribute("name"));
					if (shown && element.hasAttribute(attribute)) {
						element.setAttribute(attribute, text(element.getAttribute(attribute)));
					}
				}
			}
		}
	}

	private static void collect(Node node, List<Text> texts) {
		collect(node, texts, false);
	}

	private static void collect(Node node, List<Text> texts, boolean inHead) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
				texts.add(text);
			}
			else if (child instanceof Element element && (inHead || !VERBATIM.contains(element.getLocalName()))) {
				collect(child, texts, inHead);
			}
		}
	}

}
