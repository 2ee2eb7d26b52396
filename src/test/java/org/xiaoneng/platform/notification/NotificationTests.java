package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A notification states a valid recipient for its channel and never shows a person's number or address in clear.
 */
class NotificationTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "19912345678", "14700000000" })
	void acceptsMainlandMobileNumbersForSms(String mobile) {
		assertThat(Notification.sms(mobile, "通知", "正文").recipient()).isEqualTo(mobile);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12800138000", "1380013800", "138001380000", "+8613800138000", "138 0013 8000",
			"010-12345678" })
	void refusesAnythingElseForSmsWithoutRepeatingTheNumber(String mobile) {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.sms(mobile, "通知", "正文"))
			.withMessageContaining("mainland mobile number")
			.satisfies(e -> assertThat(e.getMessage()).doesNotContain(mobile));
	}

	@Test
	void refusesAnEmailRecipientThatIsNotAnAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.email("zhangsan", "通知", "正文"))
			.withMessageContaining("email address");
	}

	@Test
	void refusesAnInAppRecipientThatIsNotAUserName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.inApp("zhang san", "通知", "正文", null))
			.withMessageContaining("user name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.com/", "//example.com/x", "/\\example.com", "javascript:alert(1)",
			"cases/42", "/cases/4 2" })
	void refusesLinksThatLeaveThePlatform(String link) {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.inApp("handler", "通知", "正文", link))
			.withMessageContaining("path inside the platform");
	}

	@Test
	void acceptsALinkToAPlatformPage() {
		assertThat(Notification.inApp("handler", "通知", "正文", "/cases/42?tab=steps").link())
			.isEqualTo("/cases/42?tab=steps");
	}

	@Test
	void onlyInAppMessagesCarryALink() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notification(Channel.SMS, "13800138000", "通知", "正文", "/cases/42", null))
			.withMessageContaining("only in-app");
	}

	@Test
	void needsASubjectAndABody() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.sms("13800138000", " ", "正文"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notification.sms("13800138000", "通知", ""));
	}

	@Test
	void printsTheRecipientMasked() {
		assertThat(Notification.sms("13800138000", "通知", "正文").withIdempotencyKey("k"))
			.hasToString("Notification[channel=SMS, recipient=138****8000, subject=通知, link=null, idempotencyKey=k]");
		assertThat(Notification.email("zhangsan@example.com", "通知", "正文").toString())
			.contains("z***@example.com")
			.doesNotContain("zhangsan");
	}
}
