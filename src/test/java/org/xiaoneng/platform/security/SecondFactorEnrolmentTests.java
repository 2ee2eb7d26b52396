package org.xiaoneng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The enrolment QR code carries exactly the otpauth URI, as an authenticator app will read it.
 */
@IntegrationTest
class SecondFactorEnrolmentTests {

	@Autowired
	SecondFactor secondFactor;


	@Test
	void theQrCodeReadsBackAsTheOtpauthUri() throws Exception {
		SecondFactorEnrolment enrolment = secondFactor.enrolmentFor("admin",
				secondFactor.encrypt(DemoAccounts.TOTP_SECRET));
		String uri = enrolment.uri();
		assertThat(uri).isEqualTo("otpauth://totp/Xiaoneng:admin?secret=" + DemoAccounts.TOTP_SECRET
				+ "&issuer=Xiaoneng&algorithm=SHA1&digits=6&period=30");
		String dataUrl = enrolment.qrCodeDataUrl();
		assertThat(dataUrl).startsWith("data:image/png;base64,");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(
				Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()))));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var luminance = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance))).getText();
		assertThat(read).isEqualTo(uri);
	}
}
