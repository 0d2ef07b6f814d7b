package org.policybriefs.pdf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The date and file identifier a PDF is written with, chosen by the caller from what the document
 * is made of. OpenPDF would otherwise stamp the clock's time and a random /ID, and two renderings
 * of the same input would differ in those bytes only.
 *
 * @param date the creation and modification date (midnight UTC), also in the XMP metadata
 * @param id the 16 bytes of both halves of the trailer's /ID
 */
public record DocumentStamp(LocalDate date, byte[] id) {

	private static final int ID_LENGTH = 16;

	public DocumentStamp {
		if (id.length < ID_LENGTH) {
			throw new IllegalArgumentException("A PDF file identifier needs " + ID_LENGTH + " bytes, got " + id.length);
		}
		id = Arrays.copyOf(id, ID_LENGTH);
	}

	/**
	 * Sets the dates of the document information (which the XMP metadata repeats when it is made
	 * afterwards) and the identifier OpenPDF writes into the trailer.
	 */
	public void applyTo(PdfWriter writer) {
		GregorianCalendar calendar = GregorianCalendar.from(this.date.atStartOfDay(ZoneOffset.UTC));
		PdfDate pdfDate = new PdfDate(calendar);
		writer.getInfo().put(PdfName.CREATIONDATE, pdfDate);
		writer.getInfo().put(PdfName.MODDATE, pdfDate);
		// OpenPDF takes the trailer's /ID from this entry of the information dictionary when present
		PdfArray fileId = new PdfArray();
		fileId.add(new PdfString(this.id).setHexWriting(true));
		fileId.add(new PdfString(this.id).setHexWriting(true));
		writer.getInfo().put(PdfName.FILEID, fileId);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentStamp stamp && this.date.equals(stamp.date) && Arrays.equals(this.id, stamp.id);
	}

	@Override
	public int hashCode() {
		return 31 * this.date.hashCode() + Arrays.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "DocumentStamp[" + this.date + ", " + java.util.HexFormat.of().formatHex(this.id) + "]";
	}

}
