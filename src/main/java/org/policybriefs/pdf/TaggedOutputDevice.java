package org.policybriefs.pdf;

import java.lang.reflect.Field;
import java.util.List;

import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;

/**
 * Flying Saucer's PDF output device, painting a tagged PDF: everything on a page is an artifact
 * (rules, backgrounds, running heads and feet, bullets) except the text of the document's
 * elements, their figures and their links, which are marked content tied to the structure
 * element of their XHTML element (see {@link StructureTree}).
 */
public class TaggedOutputDevice extends ITextOutputDevice {

	private static final PdfName ARTIFACT = new PdfName("Artifact");

	private StructureTree tree;

	public TaggedOutputDevice(float dotsPerPoint) {
		super(dotsPerPoint);
	}

	@Override
	public void start(Document document) {
		super.start(document);
		// called once layout is done, before the first page is painted: every element has its style
		this.tree = StructureTree.of(document, getSharedContext());
	}

	@Override
	public void initializePage(PdfContentByte page, float height) {
		super.initializePage(page, height);
		this.tree.startPage();
		page.beginMarkedContentSequence(ARTIFACT);
	}

	@Override
	public void finishPage() {
		getCurrentPage().endMarkedContentSequence();
		super.finishPage();
	}

	@Override
	public void drawText(RenderingContext c, InlineText text) {
		StructureTree.Slot slot = this.tree.slotOf(text);
		if (slot == null) {
			super.drawText(c, text);
			return;
		}
		begin(slot.owner, slot.marks);
		super.drawText(c, text);
		end();
	}

	@Override
	public void paintReplacedElement(RenderingContext c, BlockBox box) {
		StructureTree.Part figure = this.tree.partOf(box.getElement());
		if (figure == null || !figure.role.equals("Figure")) {
			super.paintReplacedElement(c, box);
			return;
		}
		begin(figure, figure.kids);
		super.paintReplacedElement(c, box);
		end();
	}

	@Override
	public void paintBackground(RenderingContext c, Box box) {
		List<PdfAnnotation> pending = pendingAnnotations(getWriter());
		int before = pending.size();
		super.paintBackground(c, box);
		if (pending.size() == before) {
			return;
		}
		StructureTree.Part link = this.tree.partOf(box.getElement());
		for (PdfAnnotation annotation : pending.subList(before, pending.size())) {
			if (link == null) {
				// a link in furniture: kept out of the tab order and the structure, as furniture is
				annotation.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT | PdfAnnotation.FLAGS_HIDDEN));
				continue;
			}
			int key = getWriter().getStructureTreeRoot().addExistingObject(link.ref(getWriter()));
			annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
			annotation.put(PdfName.CONTENTS, new PdfString(words(link.element), PdfObject.TEXT_UNICODE));
			link.kids.add(new StructureKid.Annotation(this.tree.currentPage(), annotation.getIndirectReference()));
		}
	}

	@Override
	public void finish(RenderingContext c, Box root) {
		super.finish(c, root);
		this.tree.write(getWriter());
	}

	private void begin(StructureTree.Part owner, List<Object> kids) {
		PdfContentByte page = getCurrentPage();
		page.endMarkedContentSequence();
		PdfDictionary properties = new PdfDictionary();
		properties.put(PdfName.MCID, new PdfNumber(this.tree.mark(owner, kids)));
		page.beginMarkedContentSequence(new PdfName(owner.role), properties, true);
	}

	private void end() {
		PdfContentByte page = getCurrentPage();
		page.endMarkedContentSequence();
		page.beginMarkedContentSequence(ARTIFACT);
	}

	private static String words(Element element) {
		return element.getTextContent().replaceAll("\\s+", " ").strip();
	}

	/**
	 * The annotations OpenPDF holds for the page being painted. Flying Saucer adds a link's
	 * annotation itself and OpenPDF offers no way to read it back; the tag tree needs it.
	 */
	@SuppressWarnings("unchecked")
	private static List<PdfAnnotation> pendingAnnotations(PdfWriter writer) {
		try {
			Object document = Annotations.DOCUMENT.get(writer);
			return (List<PdfAnnotation>) Annotations.LIST.get(Annotations.HOLDER.get(document));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This OpenPDF version keeps a page's annotations elsewhere: " + ex, ex);
		}
	}

	/** Where OpenPDF 2.0.5 keeps them, looked up once. */
	private static final class Annotations {

		static final Field DOCUMENT = field(PdfWriter.class, "pdf");

		static final Field HOLDER = field(DOCUMENT.getType(), "annotationsImp");

		static final Field LIST = field(HOLDER.getType(), "annotations");

		private static Field field(Class<?> type, String name) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException("This OpenPDF version keeps a page's annotations elsewhere: " + ex, ex);
			}
		}

	}

}
