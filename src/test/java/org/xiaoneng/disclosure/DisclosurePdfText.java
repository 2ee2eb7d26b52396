package org.xiaoneng.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text of every page of a PDF, without white space, so that a test reads a notice as its reader would. */
final class DisclosurePdfText {

	private DisclosurePdfText() {
	}

	static String of(byte[] pdf) {
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page));
			}
			return text.toString().replaceAll("\\s+", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
