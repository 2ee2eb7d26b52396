package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Without an SMS provider, a message is recorded in the log with the number masked, and nothing is sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class RecordingSmsGatewayTests {

	@Test
	void recordsTheMessageWithTheNumberMasked(CapturedOutput output) {
		new RecordingSmsGateway().send("13800138000", "您的申请已受理。");

		assertThat(output.getAll()).contains("SMS to 138****8000 recorded, not sent").doesNotContain("13800138000");
	}
}
