package org.policybriefs.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfWriter;

/** What a structure element holds besides other elements: marked content on a page, or an annotation. */
sealed interface StructureKid {

	/** The reference written in the element's kids. */
	PdfDictionary reference(PdfWriter writer);

	/** Marked content on a page, by id. */
	record Mark(int page, int mcid) implements StructureKid {

		@Override
		public PdfDictionary reference(PdfWriter writer) {
			PdfDictionary mcr = new PdfDictionary(PdfName.MCR);
			mcr.put(PdfName.PG, writer.getPageReference(this.page + 1));
			mcr.put(PdfName.MCID, new PdfNumber(this.mcid));
			return mcr;
		}

	}

	/** An annotation (a link's) as a kid of its structure element. */
	record Annotation(int page, PdfIndirectReference annotation) implements StructureKid {

		@Override
		public PdfDictionary reference(PdfWriter writer) {
			PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
			objr.put(PdfName.OBJ, this.annotation);
			objr.put(PdfName.PG, writer.getPageReference(this.page + 1));
			return objr;
		}

	}

}
