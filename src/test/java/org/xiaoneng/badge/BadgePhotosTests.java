package org.xiaoneng.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** A badge photo is a real JPEG or PNG within the limit, cut to the card's 5:7 portrait frame. */
class BadgePhotosTests {

	@Test
	void aLandscapePictureIsCutFromItsCentreToThePortraitFrame() throws IOException {
		BadgePhoto photo = BadgePhotos.portrait(png(1200, 600), 1_048_576);

		BufferedImage framed = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(framed.getWidth()).isEqualTo(BadgePhotos.WIDTH);
		assertThat(framed.getHeight()).isEqualTo(BadgePhotos.HEIGHT);
	}

	@Test
	void aFileThatIsNoPictureIsRefusedWhateverItsName() {
		assertThatThrownBy(() -> BadgePhotos.portrait("GIF89a....".getBytes(), 1_048_576))
			.isInstanceOf(BadgePhotoRefusedException.class)
			.hasMessageContaining("badge.error.photo");
		// the first bytes of a PNG followed by nothing that decodes
		byte[] fake = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 64);
		assertThatThrownBy(() -> BadgePhotos.portrait(fake, 1_048_576)).isInstanceOf(BadgePhotoRefusedException.class);
	}

	@Test
	void aPictureOverTheLimitIsRefused() {
		assertThatThrownBy(() -> BadgePhotos.portrait(oversized(), 1_048_576))
			.isInstanceOf(BadgePhotoRefusedException.class);
	}

	/** A small PNG padded past the default limit of 1 MB. */
	static byte[] oversized() {
		byte[] bytes = png(100, 100);
		return Arrays.copyOf(bytes, 1_048_577);
	}

	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, (x * 7 + y * 13) & 0xFFFFFF);
			}
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
