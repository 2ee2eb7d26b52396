package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The pause before the next attempt doubles after each failure and stops growing at the maximum.
 */
class NotificationSettingsTests {

	private final NotificationSettings settings = new NotificationSettings(50, 8, Duration.ofMinutes(1),
			Duration.ofHours(1), Duration.ofMinutes(15), new NotificationSettings.Email(null),
			new NotificationSettings.Sms(null, null, null, Duration.ofSeconds(5), Duration.ofSeconds(10)));

	@Test
	void retryDelaysDoubleFromOneMinuteUpToOneHour() {
		assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.retryDelayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.retryDelayAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(settings.retryDelayAfter(6)).isEqualTo(Duration.ofMinutes(32));
		assertThat(settings.retryDelayAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(settings.retryDelayAfter(30)).isEqualTo(Duration.ofHours(1));
	}
}
