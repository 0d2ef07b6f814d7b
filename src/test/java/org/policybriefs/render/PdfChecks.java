package org.policybriefs.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What the brief tests read from a PDF with PDFBox: the text of a page, the outline, and every
 * font used on a page, including those inside the forms the charts are drawn in.
 */
final class PdfChecks {

	private PdfChecks() {
	}

	static PDDocument open(Path pdf) {
		try {
			return Loader.loadPDF(pdf.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of one page, numbered from 1. */
	static String pageText(PDDocument document, int page) {
		try {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A run of text as PDFBox reads it, with the page (from 1) and where it starts, in points from the top left. */
	record Line(int page, float x, float y, String text) {
	}

	/** Every run of text of the document, page by page, in reading order. */
	static List<Line> lines(PDDocument document) {
		List<Line> lines = new ArrayList<>();
		try {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					if (!positions.isEmpty() && !text.isBlank()) {
						TextPosition first = positions.get(0);
						lines.add(new Line(getCurrentPageNo(), first.getXDirAdj(), first.getYDirAdj(), text));
					}
					super.writeString(text, positions);
				}
			};
			stripper.setSortByPosition(true);
			stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/** A top-level outline entry: its title and the page (from 1) it opens. */
	record Bookmark(String title, int page, List<String> children) {
	}

	static List<Bookmark> outline(PDDocument document) {
		List<Bookmark> bookmarks = new ArrayList<>();
		if (document.getDocumentCatalog().getDocumentOutline() == null) {
			return bookmarks;
		}
		try {
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				List<String> children = new ArrayList<>();
				item.children().forEach((child) -> children.add(child.getTitle()));
				PDPage page = item.findDestinationPage(document);
				bookmarks.add(new Bookmark(item.getTitle(), document.getPages().indexOf(page) + 1, children));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bookmarks;
	}

	/** Every font on every page, with those of form XObjects (the charts) included. */
	static List<PDFont> fonts(PDDocument document) {
		List<PDFont> fonts = new ArrayList<>();
		Set<Object> seen = new HashSet<>();
		for (PDPage page : document.getPages()) {
			collect(page.getResources(), fonts, seen);
		}
		return fonts;
	}

	/** How many form XObjects (vector drawings) and image XObjects a page draws. */
	static int[] xObjects(PDPage page) {
		int forms = 0;
		int images = 0;
		try {
			for (COSName name : page.getResources().getXObjectNames()) {
				PDXObject object = page.getResources().getXObject(name);
				if (object instanceof PDFormXObject) {
					forms++;
				}
				else {
					images++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new int[] { forms, images };
	}

	private static void collect(PDResources resources, List<PDFont> fonts, Set<Object> seen) {
		if (resources == null || !seen.add(resources.getCOSObject())) {
			return;
		}
		try {
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDFormXObject form) {
					collect(form.getResources(), fonts, seen);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
