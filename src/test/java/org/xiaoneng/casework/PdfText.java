package org.xiaoneng.casework;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text of a PDF without whitespace (lines break wherever the page is full). */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] pdf) {
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
