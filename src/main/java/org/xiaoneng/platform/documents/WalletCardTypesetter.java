package org.xiaoneng.platform.documents;

import static com.lowagie.text.Utilities.millimetersToPoints;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Sets {@link WalletCard}s on pages of their own size, front then back, so that a card printer (or a duplex print cut
 * to size) prints each card on both sides.
 */
final class WalletCardTypesetter {

	// ISO/IEC 7810 ID-1: 85.60 mm × 53.98 mm.
	private static final Rectangle CR80 = new Rectangle(millimetersToPoints(85.6f), millimetersToPoints(53.98f));

	private static final float MARGIN = millimetersToPoints(3);

	// a 1-inch ID photo (一寸照) is 25 mm × 35 mm; on the card it prints at 20 mm × 28 mm
	private static final float PHOTO_WIDTH = millimetersToPoints(20);

	private static final float PHOTO_HEIGHT = millimetersToPoints(28);

	// large enough for a phone to read at a hand's length
	private static final float QR_SIZE = millimetersToPoints(30);

	private static final float TITLE_SIZE = 11;

	private static final float LINE_SIZE = 7.5f;

	private static final float NUMBER_SIZE = 8;

	private final EmbeddedFont font;

	WalletCardTypesetter(EmbeddedFont font) {
		this.font = font;
	}

	byte[] pdf(List<WalletCard> cards) {
		if (cards.isEmpty()) {
			throw new IllegalArgumentException("A print run needs at least one card");
		}
		cards.forEach(card -> texts(card).forEach(this.font::requirePrintable));
		return this.font.typeset(new SecureRandom(), baseFont -> pdf(cards, baseFont));
	}

	private byte[] pdf(List<WalletCard> cards, BaseFont baseFont) {
		var out = new ByteArrayOutputStream();
		Document document = new Document(CR80, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		document.addTitle(cards.size() == 1 ? cards.get(0).title() : cards.get(0).title() + " ×" + cards.size());
		document.open();
		PdfContentByte canvas = writer.getDirectContent();
		boolean first = true;
		for (WalletCard card : cards) {
			if (!first) {
				document.newPage();
			}
			first = false;
			front(canvas, card, baseFont);
			document.newPage();
			back(canvas, card, baseFont);
		}
		document.close();
		return out.toByteArray();
	}

	private static void front(PdfContentByte canvas, WalletCard card, BaseFont baseFont) {
		float width = CR80.getWidth();
		float height = CR80.getHeight();
		// the title band
		canvas.saveState();
		canvas.setRGBColorFill(0xB0, 0x12, 0x1B);
		canvas.rectangle(0, height - millimetersToPoints(10), width, millimetersToPoints(10));
		canvas.fill();
		canvas.restoreState();
		Font title = new Font(baseFont, TITLE_SIZE, Font.BOLD, Color.WHITE);
		ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(card.title(), title), width / 2,
				height - millimetersToPoints(6.5f), 0);

		float photoTop = height - millimetersToPoints(13);
		float photoBottom = photoTop - PHOTO_HEIGHT;
		canvas.saveState();
		canvas.setLineWidth(0.5f);
		canvas.rectangle(MARGIN, photoBottom, PHOTO_WIDTH, PHOTO_HEIGHT);
		canvas.stroke();
		canvas.restoreState();
		if (card.photo() != null) {
			try {
				Image photo = Image.getInstance(card.photo());
				photo.scaleAbsolute(PHOTO_WIDTH, PHOTO_HEIGHT);
				photo.setAbsolutePosition(MARGIN, photoBottom);
				canvas.addImage(photo);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read the card's photo", e);
			}
		}

		Font line = new Font(baseFont, LINE_SIZE);
		Font bold = new Font(baseFont, LINE_SIZE, Font.BOLD);
		float x = MARGIN + PHOTO_WIDTH + millimetersToPoints(4);
		float y = photoTop - LINE_SIZE;
		float leading = LINE_SIZE * 1.75f;
		for (WalletCard.Line l : card.lines()) {
			Phrase phrase = new Phrase();
			phrase.add(new Chunk(l.label() + "：", bold));
			phrase.add(new Chunk(l.value() == null ? "" : l.value(), line));
			ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, x, y, 0);
			y -= leading;
		}
		Font number = new Font(baseFont, NUMBER_SIZE, Font.BOLD);
		ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(card.number(), number), width / 2,
				millimetersToPoints(3), 0);
	}

	private static void back(PdfContentByte canvas, WalletCard card, BaseFont baseFont) {
		float height = CR80.getHeight();
		Image symbol = QrCodeImages.pdfImage(card.qrContent());
		symbol.scaleAbsolute(QR_SIZE, QR_SIZE);
		float qrBottom = (height - QR_SIZE) / 2 + millimetersToPoints(2);
		symbol.setAbsolutePosition(MARGIN, qrBottom);
		canvas.addImage(symbol);
		Font caption = new Font(baseFont, LINE_SIZE);
		ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(card.qrCaption(), caption),
				MARGIN + QR_SIZE / 2, qrBottom - LINE_SIZE * 1.5f, 0);

		ColumnText text = new ColumnText(canvas);
		float left = MARGIN + QR_SIZE + millimetersToPoints(4);
		text.setSimpleColumn(left, MARGIN, CR80.getWidth() - MARGIN, height - MARGIN);
		for (String paragraph : card.backLines()) {
			Phrase phrase = new Phrase(LINE_SIZE * 1.5f, paragraph + "\n", caption);
			text.addText(phrase);
		}
		text.go();
	}

	private static List<String> texts(WalletCard card) {
		var texts = new ArrayList<String>();
		texts.add(card.title());
		card.lines().forEach(l -> {
			texts.add(l.label());
			texts.add(l.value() == null ? "" : l.value());
		});
		texts.add(card.number());
		texts.add(card.qrCaption());
		texts.addAll(card.backLines());
		return texts;
	}
}
