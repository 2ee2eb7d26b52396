package org.xiaoneng.disclosure;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** Files for the module's tests: a PDF whose pages hold the given lines, one page each. */
public final class DisclosureFixtures {

	private DisclosureFixtures() {
	}

	/** A PDF with one page per text. */
	public static byte[] pdf(String... pages) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, pdf);
		document.open();
		for (int i = 0; i < pages.length; i++) {
			if (i > 0) {
				document.newPage();
			}
			document.add(new Paragraph(pages[i]));
		}
		document.close();
		return pdf.toByteArray();
	}
}
