package org.policybriefs.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Marks a brief's tables so that the stylesheet paginates them as an editor would: a table of
 * up to {@value #UNBROKEN} rows is never split; a longer one splits only with at least
 * {@value #ENDS} rows on each side (its first rows are kept together, its last ones form a
 * body of their own that is not broken), and each page it continues on repeats its header
 * and says so in the page head: "Costs (continued)". The words come from the document's
 * {@code <meta name="table-continued" content="{0} (continued)"/>}; the table's title from its
 * {@code data-title} or the heading before it. Works on any template's tables that have a
 * {@code thead} and one {@code tbody}.
 */
final class TablePagination {

	/** Rows kept together at each end of a table that is split. */
	static final int ENDS = 3;

	/** The most rows of a table that is never split. */
	static final int UNBROKEN = 2 * ENDS;

	/** Class of the running element that names the continued table in the page head (see brief.css). */
	static final String MARKER = "continued-marker";

	private TablePagination() {
	}

	static void apply(Document document) {
		String pattern = continuedPattern(document);
		NodeList tables = document.getElementsByTagNameNS(LanguageMarkup.XHTML, "table");
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < tables.getLength(); i++) {
			found.add((Element) tables.item(i));
		}
		for (Element table : found) {
			Element head = child(table, "thead");
			List<Element> bodies = children(table, "tbody");
			if (head == null || bodies.size() != 1) {
				continue;
			}
			List<Element> rows = children(bodies.get(0), "tr");
			if (rows.size() <= UNBROKEN) {
				addClass(table, "unbroken");
				continue;
			}
			for (int i = 0; i < ENDS - 1; i++) {
				addClass(rows.get(i), "keep-next");
			}
			Element end = document.createElementNS(LanguageMarkup.XHTML, "tbody");
			end.setAttribute("class", "table-end");
			for (Element row : rows.subList(rows.size() - ENDS, rows.size())) {
				end.appendChild(row);
			}
			table.insertBefore(end, bodies.get(0).getNextSibling());
			// Flying Saucer loses the header of a table whose first rows it moves to the next page
			// inside the table; an empty block kept with the table makes it move the table whole.
			Element anchor = document.createElementNS(LanguageMarkup.XHTML, "div");
			anchor.setAttribute("class", "table-anchor");
			table.getParentNode().insertBefore(anchor, table);
			if (pattern != null) {
				String title = title(table);
				mark(document, rows.get(0), title.isEmpty() ? "" : pattern.replace("{0}", title));
				mark(document, rows.get(rows.size() - 1), "");
			}
		}
	}

	/** A running element in the row's first cell: the page head shows the last one placed before the page began. */
	private static void mark(Document document, Element row, String text) {
		Element cell = firstElement(row);
		if (cell == null) {
			return;
		}
		Element marker = document.createElementNS(LanguageMarkup.XHTML, "span");
		marker.setAttribute("class", MARKER);
		marker.appendChild(document.createTextNode(text));
		cell.insertBefore(marker, cell.getFirstChild());
	}

	/** The words of the running head over a continued table, from the head's {@code <meta name="table-continued">}. */
	private static String continuedPattern(Document document) {
		Element head = child(document.getDocumentElement(), "head");
		for (Element meta : (head != null) ? children(head, "meta") : List.<Element>of()) {
			if ("table-continued".equals(meta.getAttribute("name"))) {
				return meta.getAttribute("content");
			}
		}
		return null;
	}

	/** The table's own title, else the text of the heading nearest before it. */
	private static String title(Element table) {
		if (table.hasAttribute("data-title")) {
			return table.getAttribute("data-title").strip();
		}
		for (Node node = previous(table); node != null; node = previous(node)) {
			if (node instanceof Element element && element.getLocalName().matches("h[1-6]")) {
				// Without the symbols a heading may start with (a region's colour swatch).
				return element.getTextContent().replaceAll("\\s+", " ").replaceFirst("^[^\\p{L}\\p{N}“‘(（]+", "").strip();
			}
		}
		return "";
	}

	/** The node before this one in document order (the deepest last descendant of the previous sibling). */
	private static Node previous(Node node) {
		Node sibling = node.getPreviousSibling();
		if (sibling == null) {
			return node.getParentNode() instanceof Element ? node.getParentNode() : null;
		}
		while (sibling.getLastChild() != null && !(sibling instanceof Element element
				&& element.getLocalName().matches("h[1-6]"))) {
			sibling = sibling.getLastChild();
		}
		return sibling;
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Element firstElement(Element parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	private static void addClass(Element element, String name) {
		String classes = element.getAttribute("class");
		element.setAttribute("class", classes.isEmpty() ? name : classes + " " + name);
	}

}
