package org.xiaoneng.platform.documents;

import java.util.List;

/**
 * A card the size of a bank card (ISO/IEC 7810 ID-1, "CR80", 85.60 × 53.98 mm), printed front and back: a title, a
 * portrait, labelled lines and a number on the front; a QR code with its caption and a few lines of text on the back.
 *
 * @param title the front's heading, e.g. the unit and 上岗证
 * @param photo the portrait (JPEG or PNG), or {@code null} for an empty frame
 * @param lines the labelled lines beside the portrait
 * @param number the card's number, printed under the lines
 * @param qrContent what the QR code on the back holds, e.g. the address of a verification page
 * @param qrCaption the text under the QR code
 * @param backLines the back's text, one paragraph each
 */
public record WalletCard(String title, byte[] photo, List<Line> lines, String number, String qrContent,
		String qrCaption, List<String> backLines) {

	public WalletCard {
		lines = List.copyOf(lines);
		backLines = List.copyOf(backLines);
	}

	/**
	 * One labelled line of the front.
	 *
	 * @param label e.g. 姓名
	 * @param value e.g. 张三
	 */
	public record Line(String label, String value) {
	}
}
