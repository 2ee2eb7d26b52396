package org.xiaoneng.platform.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * QR codes as PNG pictures for screens and as bitmaps for PDFs, both from the same ZXing symbol.
 */
final class QrCodeImages {

	// Level M survives a crease or a stamp over ~15 % of the symbol; UTF-8 so that Chinese content reads back intact;
	// a one-module margin because the printed page around the code is already white.
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 1);

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	private QrCodeImages() {
	}

	static byte[] png(String content, int sizePx) {
		if (sizePx <= 0) {
			throw new IllegalArgumentException("A QR code needs a positive size, not " + sizePx);
		}
		BitMatrix symbol = symbol(content, sizePx);
		BufferedImage picture = new BufferedImage(symbol.getWidth(), symbol.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < symbol.getHeight(); y++) {
			for (int x = 0; x < symbol.getWidth(); x++) {
				picture.setRGB(x, y, symbol.get(x, y) ? BLACK : WHITE);
			}
		}
		var png = new ByteArrayOutputStream();
		try {
			ImageIO.write(picture, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write a QR code as PNG", e);
		}
		return png.toByteArray();
	}

	/**
	 * The symbol at one pixel per module as a grey image: a PDF viewer scales it to any size without blurring the
	 * edges a scanner looks for, and compressed it costs a few hundred bytes.
	 */
	static Image pdfImage(String content) {
		BitMatrix symbol = symbol(content, 0);
		byte[] greys = new byte[symbol.getWidth() * symbol.getHeight()];
		for (int y = 0; y < symbol.getHeight(); y++) {
			for (int x = 0; x < symbol.getWidth(); x++) {
				greys[y * symbol.getWidth() + x] = symbol.get(x, y) ? (byte) 0x00 : (byte) 0xFF;
			}
		}
		try {
			// Eight bits per pixel: OpenPDF would turn a one-bit image into CCITT G4, which is less widely decoded.
			return Image.getInstance(symbol.getWidth(), symbol.getHeight(), 1, 8, greys);
		}
		catch (BadElementException e) {
			throw new IllegalStateException("Cannot make a PDF image of a QR code", e);
		}
	}

	private static BitMatrix symbol(String content, int sizePx) {
		if (content.isEmpty()) {
			throw new IllegalArgumentException("A QR code needs content");
		}
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Content too long for a QR code: " + content.length() + " characters", e);
		}
	}
}
