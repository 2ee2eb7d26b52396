package org.xiaoneng.badge;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.xiaoneng.common.FileSignatures;

/**
 * Turns an uploaded photo into the card's portrait: a JPEG or PNG (known by its own first bytes, not by what the
 * uploader claims) within the size limit, cut to the 25 × 35 mm frame of a 1-inch ID photo (一寸照) from its centre and
 * scaled to 300 × 420 pixels, stored as PNG.
 */
final class BadgePhotos {

	static final int WIDTH = 300;

	static final int HEIGHT = 420;

	/** Larger pictures are refused before decoding: a small file can claim a huge canvas (a decompression bomb). */
	private static final int MOST_PIXELS_A_SIDE = 8000;

	private BadgePhotos() {
	}

	static BadgePhoto portrait(byte[] upload, long maxBytes) {
		long maxKilobytes = maxBytes / 1024;
		if (upload == null || upload.length == 0) {
			throw new BadgePhotoRefusedException("empty", maxKilobytes);
		}
		if (upload.length > maxBytes) {
			throw new BadgePhotoRefusedException("tooLarge", maxKilobytes);
		}
		if (FileSignatures.image(upload).isEmpty()) {
			throw new BadgePhotoRefusedException("notAnImage", maxKilobytes);
		}
		BufferedImage picture = decode(upload, maxKilobytes);
		return new BadgePhoto(png(cropped(picture)), "image/png");
	}

	private static BufferedImage decode(byte[] upload, long maxKilobytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new BadgePhotoRefusedException("notAnImage", maxKilobytes);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if (reader.getWidth(0) > MOST_PIXELS_A_SIDE || reader.getHeight(0) > MOST_PIXELS_A_SIDE) {
					throw new BadgePhotoRefusedException("tooLarge", maxKilobytes);
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException broken) {
			if (broken instanceof BadgePhotoRefusedException refused) {
				throw refused;
			}
			// a file that starts like an image but does not decode is no image
			throw new BadgePhotoRefusedException("notAnImage", maxKilobytes);
		}
	}

	/** The largest 5:7 rectangle around the picture's centre, scaled to the frame. */
	private static BufferedImage cropped(BufferedImage picture) {
		int w = picture.getWidth();
		int h = picture.getHeight();
		int cropW = Math.min(w, h * 5 / 7);
		int cropH = Math.min(h, w * 7 / 5);
		cropW = Math.max(cropW, 1);
		cropH = Math.max(cropH, 1);
		int x = (w - cropW) / 2;
		int y = (h - cropH) / 2;
		BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(picture, 0, 0, WIDTH, HEIGHT, x, y, x + cropW, y + cropH, null);
		}
		finally {
			g.dispose();
		}
		return frame;
	}

	private static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write a badge photo as PNG", e);
		}
		return out.toByteArray();
	}
}
