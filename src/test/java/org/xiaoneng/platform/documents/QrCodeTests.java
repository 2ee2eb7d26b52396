package org.xiaoneng.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;

/**
 * A QR code shown on a screen or a badge scans back to exactly what it encodes.
 */
class QrCodeTests {

	private static final Documents documents = new Documents();

	@Test
	void qrCodePngScansBackToItsContent() throws IOException, NotFoundException {
		String content = "https://xiaoneng.example/progress?code=Q20261130012";

		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(documents.qrCode(content, 240)));

		assertThat(picture.getWidth()).isEqualTo(240);
		assertThat(picture.getHeight()).isEqualTo(240);
		assertThat(scan(picture).getText()).isEqualTo(content);
	}

	@Test
	void chineseContentSurvivesTheRoundTrip() throws IOException, NotFoundException {
		String content = "上岗证 编号：XN-2026-00017 姓名：张三 岗位：综合窗口";

		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(documents.qrCode(content, 300)));

		assertThat(scan(picture).getText()).isEqualTo(content);
	}

	@Test
	void sizeMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> documents.qrCode("Q20261130012", 0));
	}

	private static Result scan(BufferedImage picture) throws NotFoundException {
		int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
		var luminance = new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels);
		return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)));
	}
}
