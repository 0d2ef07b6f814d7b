package org.policybriefs.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.xhtmlrenderer.css.style.CalculatedStyle;

/**
 * The standard structure type (PDF 32000-1, 14.8.4) of an XHTML element, as a screen reader
 * should meet it. Elements without one (a {@code <b>}, a {@code <code>}) pass their content on to
 * the nearest element that has one; page furniture and what is not shown are left out whole.
 */
final class StructureRoles {

	/** Left out of the structure with everything inside: running heads and feet, hidden elements, metadata. */
	static final String FURNITURE = "";

	private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("body", "Document"),
			Map.entry("h1", "H1"), Map.entry("h2", "H2"), Map.entry("h3", "H3"), Map.entry("h4", "H4"),
			Map.entry("h5", "H5"), Map.entry("h6", "H6"), Map.entry("p", "P"), Map.entry("ul", "L"),
			Map.entry("ol", "L"), Map.entry("li", "LI"), Map.entry("table", "Table"), Map.entry("thead", "THead"),
			Map.entry("tbody", "TBody"), Map.entry("tfoot", "TFoot"), Map.entry("tr", "TR"), Map.entry("th", "TH"),
			Map.entry("td", "TD"), Map.entry("caption", "Caption"), Map.entry("img", "Figure"),
			Map.entry("object", "Figure"), Map.entry("figcaption", "Caption"), Map.entry("blockquote", "BlockQuote"),
			Map.entry("q", "Quote"), Map.entry("section", "Sect"), Map.entry("article", "Art"),
			Map.entry("div", "Div"), Map.entry("figure", "Div"), Map.entry("nav", "Div"), Map.entry("aside", "Div"),
			Map.entry("header", "Div"), Map.entry("footer", "Div"), Map.entry("main", "Div"), Map.entry("dl", "Div"),
			Map.entry("dt", "P"), Map.entry("dd", "P"));

	private static final Set<String> NEVER_SHOWN = Set.of("head", "title", "meta", "link", "style", "script",
			"bookmarks", "bookmark", "colgroup", "col");

	private StructureRoles() {
	}

	/**
	 * The element's structure type, {@link #FURNITURE} to leave it out, or null when its content
	 * belongs to its parent's.
	 */
	static String of(Element element, CalculatedStyle style, String inheritedLanguage) {
		String name = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
		name = name.toLowerCase(Locale.ROOT);
		if (NEVER_SHOWN.contains(name) || style.isDisplayNone() || style.isRunning()) {
			return FURNITURE;
		}
		if (name.equals("a")) {
			return element.getAttribute("href").isEmpty() ? null : "Link";
		}
		if (isList(element, name) && hasClass(element, "toc")) {
			return "TOC";
		}
		if (name.equals("li") && element.getParentNode() instanceof Element list && hasClass(list, "toc")) {
			return "TOCI";
		}
		String role = BY_NAME.get(name);
		if (role == null && !language(element).isEmpty() && !language(element).equals(inheritedLanguage)) {
			// a run in the other language: its own element, so that it carries its /Lang
			return "Span";
		}
		return role;
	}

	/** The element's own language attribute, or empty. */
	static String language(Element element) {
		String lang = element.getAttribute("lang");
		return lang.isEmpty() ? element.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang") : lang;
	}

	private static boolean isList(Element element, String name) {
		return name.equals("ul") || name.equals("ol");
	}

	private static boolean hasClass(Element element, String name) {
		for (String each : element.getAttribute("class").split("\\s+")) {
			if (each.equals(name)) {
				return true;
			}
		}
		return false;
	}

}
