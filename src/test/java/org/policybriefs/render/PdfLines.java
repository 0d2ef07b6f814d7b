package org.policybriefs.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text on a PDF page as a reader sees them, from PDFBox's glyph positions: glyphs
 * on one baseline, cut into pieces where a gap wider than the text's size separates them (the
 * columns of a table), in reading order. Each piece knows where it starts and ends, so a test can
 * ask what starts a line, what a wrapped line continues, and how far down a page the text goes.
 */
final class PdfLines {

	/** Points per millimetre. */
	static final float MM = 72 / 25.4f;

	/** The page's margins in brief.css: text above or below them is the running head or foot. */
	static final float MARGIN = 22 * MM;

	private PdfLines() {
	}

	/**
	 * One line piece.
	 *
	 * @param text its characters
	 * @param x where it starts, from the page's left edge, in points
	 * @param end where it ends
	 * @param y its baseline, from the page's top edge, in points
	 * @param size its glyphs' size in points
	 */
	record Line(String text, float x, float end, float y, float size) {

		/** Whether the other line continues this one in the same column: the next baseline, the same left edge. */
		boolean continuedBy(Line other) {
			float step = other.y - this.y;
			return step > 0.5f * this.size && step < 1.7f * this.size && Math.abs(other.x - this.x) < 1.5f;
		}

	}

	/** The pieces of every line of a page (numbered from 1), top to bottom, left to right. */
	static List<Line> of(PDDocument document, int page) {
		List<TextPosition> glyphs = glyphs(document, page);
		Map<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
		for (TextPosition glyph : glyphs) {
			if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) {
				continue;
			}
			// baselines within a quarter point are one line
			byBaseline.computeIfAbsent(Math.round(glyph.getYDirAdj() * 4), (k) -> new ArrayList<>()).add(glyph);
		}
		List<Line> lines = new ArrayList<>();
		for (List<TextPosition> line : byBaseline.values()) {
			line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
			StringBuilder text = new StringBuilder();
			TextPosition first = null;
			TextPosition previous = null;
			for (TextPosition glyph : line) {
				if (previous != null) {
					float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
					float size = Math.max(previous.getFontSizeInPt(), 4);
					if (gap > 1.2f * size) {
						lines.add(line(text, first, previous));
						text.setLength(0);
						first = null;
					}
					else if (gap > 0.2f * size) {
						text.append(' ');
					}
				}
				if (first == null) {
					first = glyph;
				}
				text.append(glyph.getUnicode());
				previous = glyph;
			}
			lines.add(line(text, first, previous));
		}
		return lines;
	}

	/** The pieces within the page's content area, without the running head and foot. */
	static List<Line> body(PDDocument document, int page) {
		float height = document.getPage(page - 1).getMediaBox().getHeight();
		return of(document, page).stream().filter((line) -> line.y > MARGIN && line.y < height - MARGIN).toList();
	}

	/** How far down the content area the page's text goes: 0 for none, 1 to the bottom margin. */
	static float fill(PDDocument document, int page) {
		PDPage pdfPage = document.getPage(page - 1);
		float height = pdfPage.getMediaBox().getHeight();
		float lowest = 0;
		for (Line line : body(document, page)) {
			lowest = Math.max(lowest, line.y - MARGIN);
		}
		return lowest / (height - 2 * MARGIN);
	}

	private static Line line(StringBuilder text, TextPosition first, TextPosition last) {
		return new Line(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
				first.getYDirAdj(), first.getFontSizeInPt());
	}

	private static List<TextPosition> glyphs(PDDocument document, int page) {
		List<TextPosition> glyphs = new ArrayList<>();
		try {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					glyphs.addAll(positions);
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return glyphs;
	}

}
