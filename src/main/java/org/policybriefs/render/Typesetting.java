package org.policybriefs.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
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

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");

	/** The class a template gives an element whose Chinese words must not be split across lines. */
	static final String KEEP_WORDS = "keep-words";

	/** The class of the span that holds one such word (the stylesheet sets it white-space: nowrap). */
	static final String WORD = "word";

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

	/** Sets every shown text of the document, and keeps the Chinese words of headings whole. */
	void apply(Document document) {
		List<Text> texts = new ArrayList<>();
		collect(document.getDocumentElement(), texts, false);
		for (Text node : texts) {
			String data = node.getData();
			String set = text(data);
			if (!set.equals(data)) {
				node.setData(set);
			}
		}
		List<Text> headings = new ArrayList<>();
		collect(document.getDocumentElement(), headings, true);
		for (Text node : headings) {
			if (ScriptRuns.containsCjk(node.getData())) {
				keepWords(document, node);
			}
		}
	}

	private static void collect(Node node, List<Text> texts, boolean headingsOnly) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
				if (!headingsOnly || isHeading(child.getParentNode())) {
					texts.add(text);
				}
			}
			else if (child instanceof Element element && !VERBATIM.contains(element.getLocalName())
					&& !(headingsOnly && WORD.equals(element.getAttribute("class")))) {
				collect(child, texts, headingsOnly);
			}
		}
	}

	private static boolean isHeading(Node node) {
		for (Node current = node; current instanceof Element element; current = current.getParentNode()) {
			if (HEADINGS.contains(element.getLocalName())
					|| List.of(element.getAttribute("class").split(" ")).contains(KEEP_WORDS)) {
				return true;
			}
		}
		return false;
	}

	/** Puts each Chinese word of two or more characters (by ICU's dictionary) into a span that is not broken. */
	private static void keepWords(Document document, Text node) {
		String data = node.getData();
		BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
		words.setText(data);
		Node parent = node.getParentNode();
		int start = words.first();
		StringBuilder loose = new StringBuilder();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			String word = data.substring(start, end);
			if (word.codePointCount(0, word.length()) >= 2 && ScriptRuns.containsCjk(word)) {
				if (!loose.isEmpty()) {
					parent.insertBefore(document.createTextNode(loose.toString()), node);
					loose.setLength(0);
				}
				Element span = document.createElementNS(LanguageMarkup.XHTML, "span");
				span.setAttribute("class", WORD);
				span.appendChild(document.createTextNode(word));
				parent.insertBefore(span, node);
			}
			else {
				loose.append(word);
			}
		}
		if (!loose.isEmpty()) {
			parent.insertBefore(document.createTextNode(loose.toString()), node);
		}
		parent.removeChild(node);
	}

}
