package org.xiaoneng.platform.documents;

import static com.lowagie.text.Utilities.millimetersToPoints;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;

import org.xiaoneng.common.Clocks;

/**
 * Sets a {@link Notice} on A4 pages in the layout of GB/T 9704-2012 (党政机关公文格式), as far as a notice to an
 * applicant needs it, and writes it as a PDF whose bytes depend on the notice's data alone.
 */
final class NoticeTypesetter {

	// GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm on A4 (210 mm × 297 mm).
	private static final float TOP = millimetersToPoints(37);

	private static final float LEFT = millimetersToPoints(28);

	private static final float RIGHT = millimetersToPoints(210 - 28 - 156);

	private static final float BOTTOM = millimetersToPoints(297 - 37 - 225);

	// GB/T 9704-2012 §5.2.2: body in 3号 (16 pt); §5.2.3: 22 lines to the 225 mm of the 版心.
	private static final float BODY_SIZE = 16;

	private static final float LINE_PITCH = millimetersToPoints(225) / 22;

	// GB/T 9704-2012 §7.3.1: title in 2号 (22 pt).
	private static final float TITLE_SIZE = 22;

	// 小四 and 五号: tables and captions hold more per line than body text.
	private static final float TABLE_SIZE = 12;

	private static final float CAPTION_SIZE = 10.5f;

	// GB/T 9704-2012 §7.5: page numbers in 4号 (14 pt), their dashes 7 mm below the 版心.
	private static final float PAGE_NUMBER_SIZE = 14;

	private static final float PAGE_NUMBER_GAP = millimetersToPoints(7);

	// Large enough for a phone to read from arm's length on paper.
	private static final float QR_SIZE = millimetersToPoints(25);

	private static final float CELL_PADDING = 4;

	/**
	 * The spacings tried in turn until the notice fits one page. GB/T 9704-2012 §7.3.5.4: where the space left cannot
	 * hold the signature and date, line and character spacing may be adjusted; so a notice with a long list of
	 * materials closes its lines and its tables (小四 down to 五号 and 小五) rather than leave its signature or its QR code
	 * alone on a second page. The body stays in 3号. A notice that fits no spacing runs on in the regular one, its
	 * signature and QR code kept together on the last page.
	 */
	private static final List<Spacing> SPACINGS = List.of(new Spacing(LINE_PITCH, TABLE_SIZE, CELL_PADDING),
			new Spacing(LINE_PITCH * 0.85f, 10.5f, 3), new Spacing(LINE_PITCH * 0.72f, 9, 2),
			new Spacing(LINE_PITCH * 0.62f, 9, 1.5f));

	/** Line pitch of the body, type size of tables and padding of their cells. */
	private record Spacing(float pitch, float tableSize, float padding) {
	}

	// The creation date is the notice's date at midnight in the zone business dates are kept in.
	private static final ZoneId BUSINESS_ZONE = Clocks.BUSINESS_ZONE;

	private final EmbeddedFont font;

	NoticeTypesetter(EmbeddedFont font) {
		this.font = font;
	}

	byte[] pdf(Notice notice) {
		texts(notice).forEach(this.font::requirePrintable);
		NoticeFingerprint fingerprint = NoticeFingerprint.of(notice);
		return this.font.typeset(fingerprint.subsetTags(), baseFont -> fitted(notice, fingerprint, baseFont));
	}

	/** The notice in the first spacing that puts it on one page, else in the regular spacing over several. */
	private static byte[] fitted(Notice notice, NoticeFingerprint fingerprint, BaseFont baseFont) {
		byte[] regular = pdf(notice, fingerprint, new Fonts(baseFont, SPACINGS.get(0)));
		if (pages(regular) == 1) {
			return regular;
		}
		for (Spacing spacing : SPACINGS.subList(1, SPACINGS.size())) {
			byte[] tighter = pdf(notice, fingerprint, new Fonts(baseFont, spacing));
			if (pages(tighter) == 1) {
				return tighter;
			}
		}
		return regular;
	}

	private static int pages(byte[] pdf) {
		try (PdfReader reader = new PdfReader(pdf)) {
			return reader.getNumberOfPages();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("A notice just written could not be read back", unreadable);
		}
	}

	private static byte[] pdf(Notice notice, NoticeFingerprint fingerprint, Fonts fonts) {
		float pitch = fonts.spacing.pitch();

		var out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		writer.setPageEvent(new PageNumbers(fonts.pageNumber));
		document.addTitle(notice.title());
		document.addSubject(notice.documentNumber());
		document.addAuthor(notice.signature().unit());
		document.open();
		pinVolatileMetadata(writer, notice.signature().date(), fingerprint);

		document.add(centred(notice.title(), fonts.title, TITLE_SIZE * 1.5f * pitch / LINE_PITCH));
		if (!notice.documentNumber().isEmpty()) {
			document.add(centred(notice.documentNumber(), fonts.body, pitch));
		}
		if (!notice.addressee().isEmpty()) {
			// GB/T 9704-2012 §7.3.2: 主送 one blank line under the title, flush left, ending in a full-width colon.
			Paragraph addressee = new Paragraph(pitch, chunk(notice.addressee() + "：", fonts.body));
			addressee.setSpacingBefore(pitch);
			document.add(addressee);
		}
		for (Notice.Section section : notice.sections()) {
			if (!section.heading().isEmpty()) {
				document.add(bodyParagraph(section.heading(), fonts.bodyBold, pitch));
			}
			for (String paragraph : section.paragraphs()) {
				document.add(bodyParagraph(paragraph, fonts.body, pitch));
			}
			if (section.table() != null) {
				document.add(table(section.table(), fonts));
			}
		}
		document.add(closing(notice, fonts));
		document.close();
		return out.toByteArray();
	}

	/**
	 * OpenPDF stamps the clock into the creation date and random bytes into the file identifier; both are replaced
	 * by values from the notice so that a reprint is byte for byte the stored original.
	 */
	private static void pinVolatileMetadata(PdfWriter writer, LocalDate made, NoticeFingerprint fingerprint) {
		PdfDate date = new PdfDate(GregorianCalendar.from(made.atStartOfDay(BUSINESS_ZONE)));
		writer.getInfo().put(PdfName.CREATIONDATE, date);
		writer.getInfo().put(PdfName.MODDATE, date);
		// ISO 32000-1 §14.4: the identifier should be computed from the file's content; OpenPDF takes it from here.
		byte[] identifier = fingerprint.fileIdentifier();
		writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(identifier, identifier));
	}

	private static Chunk chunk(String text, Font font) {
		Chunk chunk = new Chunk(text, font);
		chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
		return chunk;
	}

	private static Paragraph centred(String text, Font font, float leading) {
		Paragraph paragraph = new Paragraph(leading, chunk(text, font));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		return paragraph;
	}

	/**
	 * GB/T 9704-2012 §7.3.3: every paragraph starts two characters in. Aligned left, not justified: OpenPDF justifies
	 * Chinese by spacing out every character, digits included, and gives a paragraph's last line the spacing of the
	 * line before; with full-width characters a left-aligned line ends at most one character short of the edge.
	 */
	private static Paragraph bodyParagraph(String text, Font font, float pitch) {
		Paragraph paragraph = new Paragraph(pitch, chunk(text, font));
		paragraph.setFirstLineIndent(2 * BODY_SIZE);
		return paragraph;
	}

	private static PdfPTable table(Notice.Table data, Fonts fonts) {
		Spacing spacing = fonts.spacing;
		PdfPTable table = new PdfPTable(columnWidths(data, fonts.table.getBaseFont(), spacing));
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(spacing.pitch() / 3);
		table.setSpacingAfter(spacing.pitch() / 3);
		for (String header : data.headers()) {
			PdfPCell cell = cell(header, fonts.tableBold, spacing);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(cell);
		}
		for (List<String> row : data.rows()) {
			row.forEach(text -> table.addCell(cell(text, fonts.table, spacing)));
		}
		return table;
	}

	/** Columns share the width in proportion to their longest text, none taking more than half. */
	private static float[] columnWidths(Notice.Table data, BaseFont font, Spacing spacing) {
		float half = (PageSize.A4.getWidth() - LEFT - RIGHT) / 2;
		float[] widths = new float[data.headers().size()];
		for (int column = 0; column < widths.length; column++) {
			float widest = font.getWidthPoint(data.headers().get(column), spacing.tableSize());
			for (List<String> row : data.rows()) {
				widest = Math.max(widest, font.getWidthPoint(row.get(column), spacing.tableSize()));
			}
			widths[column] = Math.min(half, widest) + 2 * spacing.padding();
		}
		return widths;
	}

	private static PdfPCell cell(String text, Font font, Spacing spacing) {
		PdfPCell cell = new PdfPCell(new Phrase(spacing.tableSize() * 1.4f, chunk(text, font)));
		cell.setPadding(spacing.padding());
		// CJK glyphs sit low in their em box; more room below keeps the text visually centred in the cell.
		cell.setPaddingBottom(spacing.padding() * 1.75f);
		return cell;
	}

	/**
	 * GB/T 9704-2012 §7.3.5.2 (署名 without a seal): one blank line under the body, the unit two characters from the
	 * right, the date on the next line starting two characters right of the unit's first character; a date that would
	 * then come nearer than two characters to the right edge stays two characters from it and pushes the unit left.
	 */
	/**
	 * The signature and, beside it on the left, the QR code, as one block that is never split: side by side they take
	 * the height of the taller, and on a notice that runs on both stand together on its last page. The signature's
	 * cell ends at the right edge of the 版心, so its lines keep their distances from that edge.
	 */
	private static PdfPTable closing(Notice notice, Fonts fonts) {
		PdfPTable signature = signature(notice.signature(), fonts);
		if (notice.qrCode() == null) {
			return signature;
		}
		PdfPTable qrCode = qrCode(notice.qrCode(), fonts);
		float width = PageSize.A4.getWidth() - LEFT - RIGHT;
		PdfPTable closing = new PdfPTable(new float[] { qrCode.getTotalWidth(), width - qrCode.getTotalWidth() });
		closing.setTotalWidth(width);
		closing.setLockedWidth(true);
		closing.setKeepTogether(true);
		closing.addCell(borderless(qrCode));
		closing.addCell(borderless(signature));
		return closing;
	}

	private static PdfPCell borderless(PdfPTable content) {
		PdfPCell cell = new PdfPCell(content);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		cell.setPaddingTop(content.spacingBefore());
		return cell;
	}

	private static PdfPTable signature(Notice.Signature signature, Fonts fonts) {
		String date = chineseDate(signature.date());
		BaseFont font = fonts.body.getBaseFont();
		float unitWidth = font.getWidthPoint(signature.unit(), BODY_SIZE);
		float dateWidth = font.getWidthPoint(date, BODY_SIZE);
		float twoCharacters = 2 * BODY_SIZE;
		float dateIndent = Math.max(unitWidth - dateWidth, twoCharacters);
		float unitIndent = dateIndent + dateWidth + twoCharacters - unitWidth;

		// A borderless table keeps the two lines on one page, each with its own distance from the right edge.
		PdfPTable block = new PdfPTable(1);
		block.setWidthPercentage(100);
		block.setSpacingBefore(fonts.spacing.pitch());
		block.setKeepTogether(true);
		block.addCell(signatureLine(signature.unit(), unitIndent, fonts.body, fonts.spacing.pitch()));
		block.addCell(signatureLine(date, dateIndent, fonts.body, fonts.spacing.pitch()));
		return block;
	}

	private static PdfPCell signatureLine(String text, float rightIndent, Font font, float pitch) {
		PdfPCell line = new PdfPCell(new Phrase(pitch, chunk(text, font)));
		line.setBorder(Rectangle.NO_BORDER);
		line.setHorizontalAlignment(Element.ALIGN_RIGHT);
		line.setLeading(pitch, 0);
		line.setPadding(0);
		line.setPaddingRight(rightIndent);
		return line;
	}

	// GB/T 9704-2012 §7.3.5.4: 成文日期 in Arabic numerals, the year in full, no leading zero in month or day.
	private static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static PdfPTable qrCode(Notice.QrCode qrCode, Fonts fonts) {
		Image symbol = QrCodeImages.pdfImage(qrCode.content());
		symbol.scaleAbsolute(QR_SIZE, QR_SIZE);
		PdfPTable block = new PdfPTable(1);
		block.setTotalWidth(QR_SIZE * 1.6f);
		block.setLockedWidth(true);
		block.setHorizontalAlignment(Element.ALIGN_LEFT);
		block.setSpacingBefore(fonts.spacing.pitch() / 2);
		block.setKeepTogether(true);
		PdfPCell picture = new PdfPCell(symbol, false);
		picture.setBorder(Rectangle.NO_BORDER);
		picture.setHorizontalAlignment(Element.ALIGN_CENTER);
		block.addCell(picture);
		if (!qrCode.caption().isEmpty()) {
			PdfPCell caption = new PdfPCell(new Phrase(CAPTION_SIZE * 1.4f, chunk(qrCode.caption(), fonts.caption)));
			caption.setBorder(Rectangle.NO_BORDER);
			caption.setHorizontalAlignment(Element.ALIGN_CENTER);
			block.addCell(caption);
		}
		return block;
	}

	/** Every text the notice prints, for the check that the font can draw each character. */
	private static List<String> texts(Notice notice) {
		var texts = new ArrayList<String>();
		texts.add(notice.title());
		texts.add(notice.documentNumber());
		texts.add(notice.addressee());
		for (Notice.Section section : notice.sections()) {
			texts.add(section.heading());
			texts.addAll(section.paragraphs());
			if (section.table() != null) {
				texts.addAll(section.table().headers());
				section.table().rows().forEach(texts::addAll);
			}
		}
		texts.add(notice.signature().unit());
		if (notice.qrCode() != null) {
			texts.add(notice.qrCode().caption());
		}
		return texts;
	}

	/** The font in the sizes and weights a notice uses; bold is drawn by OpenPDF, as the font has one weight. */
	private static final class Fonts {

		final Font title;

		final Font body;

		final Font bodyBold;

		final Font table;

		final Font tableBold;

		final Font caption;

		final Font pageNumber;

		final Spacing spacing;

		Fonts(BaseFont font, Spacing spacing) {
			this.spacing = spacing;
			this.title = new Font(font, TITLE_SIZE, Font.BOLD);
			this.body = new Font(font, BODY_SIZE);
			this.bodyBold = new Font(font, BODY_SIZE, Font.BOLD);
			this.table = new Font(font, spacing.tableSize());
			this.tableBold = new Font(font, spacing.tableSize(), Font.BOLD);
			this.caption = new Font(font, CAPTION_SIZE);
			this.pageNumber = new Font(font, PAGE_NUMBER_SIZE);
		}
	}

	/**
	 * GB/T 9704-2012 §7.5: "— 1 —" under the 版心, odd pages one character from the right edge, even pages one from
	 * the left, so that numbers sit on the outer edge of a double-sided print.
	 */
	private static final class PageNumbers extends PdfPageEventHelper {

		private final Font font;

		PageNumbers(Font font) {
			this.font = font;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int page = writer.getPageNumber();
			boolean odd = page % 2 == 1;
			float x = odd ? document.right() - BODY_SIZE : document.left() + BODY_SIZE;
			// An em dash sits about half an em above the baseline.
			float baseline = document.bottom() - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE / 2;
			ColumnText.showTextAligned(writer.getDirectContent(), odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
					new Phrase("— " + page + " —", this.font), x, baseline, 0);
		}
	}
}
