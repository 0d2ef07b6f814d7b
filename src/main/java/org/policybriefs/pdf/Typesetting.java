package org.policybriefs.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Sets every text a brief shows by the conventions of its edition, at the edge, just before
 * layout, so that messages, data and templates are all set alike. A Chinese edition: full-width
 * punctuation and quotation marks nested “…‘…’…” (quotations from a source come in the reader's
 * script already, by the brief). An English edition: curly quotation
 * marks, and the Chinese passages in it (quotes in the original) set as Chinese. Code is left
 * as it is. In headings and table headers a Chinese word (a place name: 上海) is never split across lines.
 */
public final class Typesetting {

	/** Elements whose text is code or not shown: set as they are. */
	private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "head", "style", "script");

	/** Metadata a PDF viewer shows: the document's subject and keywords (the title is the title element). */
	private static final Set<String> SHOWN_META = Set.of("subject", "keywords");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "th");

	/**
	 * Elements that are blocks in every brief: a space between two of them, or between one and
	 * the start or end of its parent, is never shown. Flying Saucer would strip each such space
	 * in layout; the template's indentation makes some 800 of them in a brief.
	 */
	private static final Set<String> BLOCKS = Set.of("html", "head", "body", "section", "div", "p", "h1", "h2", "h3",
			"h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "caption", "colgroup", "col", "thead", "tbody",
			"tfoot", "tr", "td", "th", "title", "meta", "link", "bookmarks", "bookmark");

	/** The class a template gives an element whose Chinese words must not be split across lines. */
	static final String KEEP_WORDS = "keep-words";

	private final boolean chinese;

	private Typesetting(boolean chinese) {
		this.chinese = chinese;
	}

	/** The conventions of an edition, by its language tag ("zh-CN", "en"). */
	public static Typesetting forLanguage(String languageTag) {
		return new Typesetting("zh".equals(Locale.forLanguageTag(languageTag).getLanguage()));
	}

	/** One text as this edition shows it. */
	public String text(String text) {
		return text(text, ' ', ' ');
	}

	/** One text between the nearest other characters around it in the document. */
	private String text(String text, char before, char after) {
		if (this.chinese) {
			return ChineseText.nestedQuotes(ChineseText.punctuation(text, before, after));
		}
		String curled = Quotes.nest(text, false);
		if (!ScriptRuns.containsCjk(curled)) {
			return curled;
		}
		StringBuilder out = new StringBuilder(curled.length());
		int done = 0;
		for (int open = curled.indexOf('“'); open >= 0; open = curled.indexOf('“', done)) {
			int close = ChineseText.matching(curled, open, '“', '”', curled.length());
			if (close < 0) {
				break;
			}
			String quoted = curled.substring(open + 1, close);
			out.append(englishWithChineseWords(curled.substring(done, open))).append('“');
			// a quotation in Chinese is a Chinese sentence, Latin words and all ("2.8EFLOPS，占全国")
			out.append(mostlyChinese(quoted) ? ChineseText.punctuation(quoted) : englishWithChineseWords(quoted));
			out.append('”');
			done = close + 1;
		}
		return out.append(englishWithChineseWords(curled.substring(done))).toString();
	}

	/**
	 * English text: only its Chinese words get Chinese punctuation ("Guizhou 贵州, Shanghai" keeps its
	 * comma), and a Chinese name in English parentheses keeps them: "NetEase Hao (網易號)".
	 */
	private static String englishWithChineseWords(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (ScriptRuns.Run run : ScriptRuns.split(text)) {
			String words = run.text();
			if (!run.cjk()) {
				out.append(words);
			}
			else if (words.length() > 2 && words.startsWith("(") && words.endsWith(")")) {
				out.append('(').append(ChineseText.punctuation(words.substring(1, words.length() - 1))).append(')');
			}
			else {
				out.append(ChineseText.punctuation(words));
			}
		}
		return out.toString();
	}

	private static boolean mostlyChinese(String text) {
		long chinese = text.codePoints().filter(ScriptRuns::isCjk).count();
		long letters = text.codePoints().filter(Character::isLetter).count();
		return chinese * 2 > letters;
	}

	/** Sets every shown text of the document, and the title, subject and outline the PDF viewer shows. */
	void apply(Document document) {
		List<Text> texts = new ArrayList<>();
		collect(document.getDocumentElement(), texts);
		setTitles(document.getDocumentElement());
		for (int i = 0; i < texts.size(); i++) {
			Text node = texts.get(i);
			String data = node.getData();
			char before = before(texts, i);
			String set = text(data, before, after(texts, i));
			if (!set.equals(data)) {
				node.setData(set);
			}
			if (this.chinese && set.startsWith("（") && i > 0 && ScriptRuns.isCjk(before)) {
				// a full-width parenthesis carries its own space: none before it
				Text previous = texts.get(i - 1);
				previous.setData(previous.getData().stripTrailing());
			}
		}
	}

	/** The nearest character before text {@code i} that is not a space, in document order. */
	private static char before(List<Text> texts, int i) {
		for (int j = i - 1; j >= 0; j--) {
			String data = texts.get(j).getData().stripTrailing();
			if (!data.isEmpty()) {
				return data.charAt(data.length() - 1);
			}
		}
		return ' ';
	}

	private static char after(List<Text> texts, int i) {
		for (int j = i + 1; j < texts.size(); j++) {
			String data = texts.get(j).getData().stripLeading();
			if (!data.isEmpty()) {
				return data.charAt(0);
			}
		}
		return ' ';
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

	private static boolean betweenBlocks(Text text) {
		Node previous = text.getPreviousSibling();
		Node next = text.getNextSibling();
		return text.getData().isBlank() && isBlock(text.getParentNode()) && (previous == null || isBlock(previous))
				&& (next == null || isBlock(next));
	}

	private static boolean isBlock(Node node) {
		return node instanceof Element && BLOCKS.contains(node.getLocalName());
	}

	/** The title, the shown metadata and the outline (bookmarks), all in the head. */
	private void setTitles(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element nested) {
				switch (nested.getLocalName()) {
					case "body" -> {
						// the shown text: set by apply's walk
					}
					case "title" -> {
						List<Text> texts = new ArrayList<>();
						collect(nested, texts, true);
						texts.forEach((title) -> title.setData(text(title.getData())));
					}
					case "meta" -> {
						if (SHOWN_META.contains(nested.getAttribute("name")) && nested.hasAttribute("content")) {
							nested.setAttribute("content", text(nested.getAttribute("content")));
						}
					}
					case "bookmark" -> {
						if (nested.hasAttribute("name")) {
							nested.setAttribute("name", text(nested.getAttribute("name")));
						}
						setTitles(nested);
					}
					default -> setTitles(nested);
				}
			}
		}
	}

	private static void collect(Node node, List<Text> texts) {
		collect(node, texts, false);
	}

	private static void collect(Node node, List<Text> texts, boolean inHead) {
		Node next;
		for (Node child = node.getFirstChild(); child != null; child = next) {
			next = child.getNextSibling();
			if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
				if (betweenBlocks(text)) {
					node.removeChild(text);
				}
				else {
					texts.add(text);
				}
			}
			else if (child instanceof Element element && (inHead || !VERBATIM.contains(element.getLocalName()))) {
				collect(child, texts, inHead);
			}
		}
	}

}
