package org.policybriefs.pdf;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.render.InlineText;

/**
 * The logical structure of a PDF, built from the XHTML before any page is painted, so that its
 * order is the document's and not the order the pages happen to paint in (a table split over two
 * pages, a heading repeated). Each DOM text node has its place among its element's children; as
 * the pages are painted, the marked-content ids of its pieces are put in that place.
 */
final class StructureTree {

	private static final Set<String> CELLS = Set.of("TD", "TH", "TR");

	private static final PdfName STRUCT_ELEM = new PdfName("StructElem");

	private final Map<Element, Part> parts = new IdentityHashMap<>();

	private final Map<Text, Slot> slots = new IdentityHashMap<>();

	private final Set<InlineText> painted = Collections.newSetFromMap(new IdentityHashMap<>());

	/** Per page, the part each marked-content id belongs to, in id order. */
	private final List<List<Part>> owners = new ArrayList<>();

	private final Part document;

	private StructureTree(Element body, SharedContext styles, String language) {
		this.document = new Part("Document", body, null);
		walk(body, this.document, language, styles);
	}

	static StructureTree of(org.w3c.dom.Document dom, SharedContext styles) {
		Element html = dom.getDocumentElement();
		Node body = html.getElementsByTagNameNS("*", "body").item(0);
		if (!(body instanceof Element element)) {
			throw new IllegalArgumentException("The XHTML has no body to tag");
		}
		return new StructureTree(element, styles, StructureRoles.language(html));
	}

	private void walk(Element element, Part into, String language, SharedContext styles) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text text) {
				Slot slot = new Slot(into);
				into.kids.add(slot);
				this.slots.put(text, slot);
			}
			else if (child instanceof Element inner) {
				String role = StructureRoles.of(inner, styles.getStyle(inner), language);
				String own = StructureRoles.language(inner);
				String innerLanguage = own.isEmpty() ? language : own;
				if (role == null) {
					walk(inner, into, innerLanguage, styles);
				}
				else if (!role.equals(StructureRoles.FURNITURE)) {
					Part part = new Part(role, inner, into);
					if (!innerLanguage.equals(language)) {
						part.lang = innerLanguage;
					}
					into.kids.add(part);
					this.parts.put(inner, part);
					Part content = part;
					if (role.equals("LI")) {
						// a list item's content is its body; the bullet or number is drawn as furniture
						content = new Part("LBody", null, part);
						part.kids.add(content);
					}
					walk(inner, content, innerLanguage, styles);
				}
			}
		}
	}

	void startPage() {
		this.owners.add(new ArrayList<>());
	}

	/**
	 * Where a piece of text belongs, or null when it is furniture: generated text (page numbers,
	 * leaders), text of an element left out, or a piece painted before (a table head repeated on
	 * the next page).
	 */
	Slot slotOf(InlineText text) {
		Text node = text.getTextNode();
		Slot slot = node != null ? this.slots.get(node) : null;
		if (slot == null || !this.painted.add(text)) {
			return null;
		}
		return slot;
	}

	/** The part an element (a figure, a link) made, or null. */
	Part partOf(Element element) {
		return element != null ? this.parts.get(element) : null;
	}

	/** Gives the next marked-content id on the current page to a part's content, placed in the given kids. */
	int mark(Part owner, List<Object> kids) {
		List<Part> page = this.owners.get(this.owners.size() - 1);
		int mcid = page.size();
		page.add(owner);
		kids.add(new StructureKid.Mark(this.owners.size() - 1, mcid));
		return mcid;
	}

	int currentPage() {
		return this.owners.size() - 1;
	}

	/** Writes the structure elements, the tree's root entries and the parent tree. */
	void write(PdfWriter writer) {
		PdfStructureTreeRoot root = writer.getStructureTreeRoot();
		prune(this.document);
		write(this.document, root.getReference(), writer);
		PdfArray top = new PdfArray();
		top.add(this.document.ref(writer));
		root.put(PdfName.K, top);
		try {
			// OpenPDF keeps the page's array of the parent tree to itself; this fills it in id order
			Method pageMark = PdfStructureTreeRoot.class.getDeclaredMethod("setPageMark", int.class,
					PdfIndirectReference.class);
			pageMark.setAccessible(true);
			for (int page = 0; page < this.owners.size(); page++) {
				for (Part owner : this.owners.get(page)) {
					pageMark.invoke(root, page, owner.ref(writer));
				}
			}
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This OpenPDF version builds its parent tree differently: " + ex, ex);
		}
	}

	/** Drops the parts that received nothing, except table cells, which keep the table's grid. */
	private static boolean prune(Part part) {
		boolean content = false;
		for (java.util.Iterator<Object> it = part.kids.iterator(); it.hasNext();) {
			Object kid = it.next();
			boolean has = true;
			if (kid instanceof Part child) {
				has = prune(child) || CELLS.contains(child.role);
			}
			else if (kid instanceof Slot slot) {
				has = !slot.marks.isEmpty();
			}
			if (!has) {
				it.remove();
			}
			content |= has;
		}
		return content;
	}

	private static void write(Part part, PdfIndirectReference parent, PdfWriter writer) {
		PdfDictionary element = new PdfDictionary(STRUCT_ELEM);
		element.put(PdfName.S, new PdfName(part.role));
		element.put(PdfName.P, parent);
		PdfArray kids = new PdfArray();
		for (Object kid : part.kids) {
			if (kid instanceof Part child) {
				kids.add(child.ref(writer));
				write(child, part.ref(writer), writer);
			}
			else if (kid instanceof Slot slot) {
				slot.marks.forEach((mark) -> kids.add(((StructureKid) mark).reference(writer)));
			}
			else if (kid instanceof StructureKid other) {
				kids.add(other.reference(writer));
			}
		}
		element.put(PdfName.K, kids);
		if (part.lang != null) {
			element.put(PdfName.LANG, new PdfString(part.lang));
		}
		part.describe(element);
		try {
			writer.addToBody(element, part.ref(writer));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A structure element made for an XHTML element (or for a list item's body). */
	static final class Part {

		final String role;

		final Element element;

		final Part parent;

		final List<Object> kids = new ArrayList<>();

		String lang;

		private PdfIndirectReference ref;

		Part(String role, Element element, Part parent) {
			this.role = role;
			this.element = element;
			this.parent = parent;
		}

		/** The element's object number, taken when first asked for (an annotation names its parent while pages are painted). */
		PdfIndirectReference ref(PdfWriter writer) {
			if (this.ref == null) {
				this.ref = writer.getPdfIndirectReference();
			}
			return this.ref;
		}

		/** Alternative text of a figure, scope and spans of a table cell. */
		void describe(PdfDictionary dictionary) {
			if (this.role.equals("Figure")) {
				String alt = this.element.getAttribute("alt");
				dictionary.put(PdfName.ALT, new PdfString(alt.isEmpty() ? this.element.getAttribute("title") : alt,
						PdfObject.TEXT_UNICODE));
			}
			if (this.role.equals("TH") || this.role.equals("TD")) {
				PdfDictionary table = new PdfDictionary();
				table.put(PdfName.O, new PdfName("Table"));
				if (this.role.equals("TH")) {
					table.put(new PdfName("Scope"), new PdfName(inHead() ? "Column" : "Row"));
				}
				span(table, "colspan", "ColSpan");
				span(table, "rowspan", "RowSpan");
				dictionary.put(PdfName.A, table);
			}
		}

		private boolean inHead() {
			for (Part up = this.parent; up != null; up = up.parent) {
				if (up.role.equals("THead")) {
					return true;
				}
			}
			return false;
		}

		private void span(PdfDictionary table, String attribute, String key) {
			String value = this.element.getAttribute(attribute);
			if (value.matches("[2-9]|[1-9][0-9]+")) {
				table.put(new PdfName(key), new PdfNumber(Integer.parseInt(value)));
			}
		}

	}

	/** The place of one DOM text node among its part's kids: the ids of its painted pieces. */
	static final class Slot {

		final Part owner;

		final List<Object> marks = new ArrayList<>();

		Slot(Part owner) {
			this.owner = owner;
		}

	}

}
