package org.policybriefs.render;

import org.policybriefs.pdf.LanguageMarkup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the brief tests read from a kept XHTML file: elements by name and class, cells and text. */
final class Xhtml {

	private Xhtml() {
	}

	static Document read(Path file) throws Exception {
		return LanguageMarkup.parse(Files.readString(file));
	}

	static List<Element> elements(Element root, String name) {
		List<Element> elements = new ArrayList<>();
		NodeList list = root.getElementsByTagNameNS(LanguageMarkup.XHTML, name);
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

	static List<Element> withClass(Document document, String name, String cssClass) {
		return elements(document.getDocumentElement(), name).stream()
			.filter((element) -> Arrays.asList(element.getAttribute("class").split("\\s+")).contains(cssClass))
			.toList();
	}

	static Element first(Element root, String name) {
		return elements(root, name).get(0);
	}

	static List<Element> cells(Element row) {
		List<Element> cells = new ArrayList<>();
		for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "td".equals(element.getLocalName())) {
				cells.add(element);
			}
		}
		return cells;
	}

	/** The text of an element without its superscript notes and references. */
	static String text(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				text.append(child.getNodeValue());
			}
			else if (child instanceof Element element && !"sup".equals(element.getLocalName())) {
				text.append(text(element));
			}
		}
		return text.toString();
	}

}
