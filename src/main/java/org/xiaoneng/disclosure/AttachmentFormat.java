package org.xiaoneng.disclosure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.xiaoneng.common.FileSignatures;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The formats an item's attachment may have, each known by its first bytes and its name's extension, and each read
 * for its text so that personal information in it blocks publication as it does in the item's own text: PDF (OpenPDF's
 * text extractor, page by page), DOCX (Apache POI, paragraph by paragraph, tables included) and XLSX (Apache POI,
 * cell by cell as shown).
 */
enum AttachmentFormat {

	PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String mediaType;

	AttachmentFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	String mediaType() {
		return mediaType;
	}

	/** The format whose extension the name has and whose signature the content starts with, if any. */
	static Optional<AttachmentFormat> of(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		for (AttachmentFormat format : values()) {
			if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT)) && format.signed(content)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	static AttachmentFormat ofMediaType(String mediaType) {
		for (AttachmentFormat format : values()) {
			if (format.mediaType.equals(mediaType)) {
				return format;
			}
		}
		throw new IllegalArgumentException(mediaType);
	}

	private boolean signed(byte[] content) {
		return this == PDF ? FileSignatures.imageOrPdf(content).filter(mediaType::equals).isPresent()
				// DOCX and XLSX are ZIP archives (PK\3\4); whether the right one, reading it tells
				: FileSignatures.startsWith(content, 0x50, 0x4B, 0x03, 0x04);
	}

	/**
	 * The personal information in the file's text, each finding at its page, paragraph or cell.
	 *
	 * @throws IOException when the file cannot be read as its format
	 */
	List<PersonalDataFinding> scan(String fileName, byte[] content) throws IOException {
		List<PersonalDataFinding> found = new ArrayList<>();
		switch (this) {
			case PDF -> {
				PdfReader reader = new PdfReader(content);
				try {
					PdfTextExtractor extractor = new PdfTextExtractor(reader);
					for (int page = 1; page <= reader.getNumberOfPages(); page++) {
						found.addAll(PersonalDataScan.in(extractor.getTextFromPage(page), "PDF",
								List.of(fileName, String.valueOf(page))));
					}
				}
				finally {
					reader.close();
				}
			}
			case DOCX -> {
				try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
					List<String> paragraphs = new ArrayList<>();
					document.getParagraphs().stream().map(XWPFParagraph::getText).forEach(paragraphs::add);
					for (XWPFTable table : document.getTables()) {
						for (XWPFTableRow row : table.getRows()) {
							for (XWPFTableCell cell : row.getTableCells()) {
								paragraphs.add(cell.getText());
							}
						}
					}
					for (int i = 0; i < paragraphs.size(); i++) {
						found.addAll(PersonalDataScan.in(paragraphs.get(i), "DOCX",
								List.of(fileName, String.valueOf(i + 1))));
					}
				}
			}
			case XLSX -> {
				try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
					DataFormatter shown = new DataFormatter(Locale.ROOT);
					for (Sheet sheet : workbook) {
						for (Row row : sheet) {
							for (Cell cell : row) {
								found.addAll(PersonalDataScan.in(shown.formatCellValue(cell), "XLSX",
										List.of(fileName, sheet.getSheetName(), cell.getAddress().formatAsString())));
							}
						}
					}
				}
			}
		}
		return found;
	}
}
