package org.xiaoneng.platform.documents;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Prints what the platform hands to people on paper or as files: written notices as PDF, QR codes, and registers as
 * Excel workbooks. Every notice is kept as data plus its PDF and must reprint identically, so a PDF depends on the
 * notice's data alone.
 */
@Component
public class Documents {

	private final EmbeddedFont font = new EmbeddedFont();

	private final NoticeTypesetter notices = new NoticeTypesetter(this.font);

	private final WalletCardTypesetter cards = new WalletCardTypesetter(this.font);

	/**
	 * The notice as an A4 PDF with its Chinese font embedded and its text extractable; the same notice always gives
	 * the same bytes.
	 *
	 * @throws UnprintableCharacterException if a printed text holds a character the font cannot draw
	 */
	public byte[] pdf(Notice notice) {
		return this.notices.pdf(notice);
	}

	/**
	 * Bank-card-sized cards (CR80) as one PDF, each card a front page and a back page, for a card printer or a duplex
	 * print cut to size.
	 *
	 * @throws UnprintableCharacterException if a printed text holds a character the font cannot draw
	 */
	public byte[] cards(List<WalletCard> cards) {
		return this.cards.pdf(cards);
	}

	/**
	 * A QR code of the content (UTF-8, error correction level M) as a square black-and-white PNG of {@code sizePx}
	 * pixels, or of the smallest size that holds the content if that is larger.
	 */
	public byte[] qrCode(String content, int sizePx) {
		return QrCodeImages.png(content, sizePx);
	}

	/**
	 * A register as an .xlsx workbook of one sheet: the headers in a bold, frozen first row, then one row per entry
	 * with one value per column. Numbers, dates and booleans become typed cells, {@code null} an empty cell, anything
	 * else its text.
	 */
	public byte[] excel(String sheetTitle, List<String> headers, List<? extends List<?>> rows) {
		return RegisterWorkbook.xlsx(sheetTitle, headers, rows);
	}
}
