package org.policybriefs.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;

/**
 * The document-level entries of a PDF/UA-1 file that the page content does not give: a tagged
 * (marked) document, tab order by structure on every page, and the PDF/UA identification in the
 * XMP metadata, declared as an extension schema as PDF/A-1 asks of any schema it does not know.
 */
public final class PdfUa {

	private static final String EXTENSION = """
			xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
			xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
			xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#\"""";

	private static final String SCHEMA = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
			+ "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
			+ "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
			+ "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>"
			+ "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
			+ "<pdfaProperty:category>internal</pdfaProperty:category>"
			+ "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>"
			+ "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
			+ "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>";

	private PdfUa() {
	}

	/** Before the document is opened: tagged, and pages tabbed in structure order. */
	public static void prepare(PdfWriter writer) {
		writer.setTagged();
		writer.setTabs(PdfName.S);
	}

	/** Marks the output intent OpenPDF wrote as the PDF/A one (it does so only in its PDF/A-1 mode). */
	public static void archivalOutputIntent(PdfWriter writer) {
		PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
		intents.getAsDict(0).put(PdfName.S, PdfName.GTS_PDFA1);
	}

	/**
	 * After the document information is complete: XMP metadata repeating it (as PDF/A asks), with
	 * the PDF/UA part and, for an archival file, the PDF/A part and level: 2a, the level that asks
	 * for the structure this file has. (OpenPDF writes PDF/A-1 only, with a CIDSet listing the
	 * glyphs used, where PDF/UA-1 asks it to list every glyph of the embedded subset; PDF/A-2 needs none.)
	 */
	public static void writeMetadata(PdfWriter writer, boolean archival) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE);
			if (archival) {
				xmp.addRdfDescription("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
						"<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>");
			}
			xmp.addRdfDescription(EXTENSION, SCHEMA);
			xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
					"<pdfuaid:part>1</pdfuaid:part>");
			xmp.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		writer.setXmpMetadata(bytes.toByteArray());
	}

}
