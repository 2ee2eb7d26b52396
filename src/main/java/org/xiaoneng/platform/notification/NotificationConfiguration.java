package org.xiaoneng.platform.notification;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCountSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway chosen by the settings, and the module's pages in the staff navigation.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	SmsGateway smsGateway(NotificationSettings settings, JsonMapper json) {
		return settings.sms().gatewayUrl() == null ? new RecordingSmsGateway()
				: new HttpSmsGateway(settings.sms(), json);
	}

	@Bean
	MenuEntry inboxMenuEntry() {
		return new MenuEntry("nav.inbox", "/inbox", Set.of(), 10, WorkArea.HOME);
	}

	/** The unread messages of the signed-in person, on their workbench and at the inbox's entry. */
	@Bean
	WorkCountSource unreadMessages(Notifications notifications) {
		return roles -> List.of(WorkCount.of("nav.inbox", "/inbox",
				notifications.unreadCount(SecurityContextHolder.getContext().getAuthentication().getName()), WorkArea.HOME));
	}

	@Bean
	MenuEntry failedNotificationsMenuEntry() {
		return new MenuEntry("nav.notifications.failed", "/notifications/failed", Set.of("ADMIN"), 90, WorkArea.SYSTEM);
	}
}
