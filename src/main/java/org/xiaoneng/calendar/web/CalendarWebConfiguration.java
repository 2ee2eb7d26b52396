package org.xiaoneng.calendar.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/**
 * The calendar's place in the navigation, and its public parts: the JSON API and the iCalendar feed are open to
 * everyone (citizens and other systems count deadlines too).
 */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration {

	@Bean
	PublicEndpoints calendarPublicEndpoints() {
		return () -> List.of("/api/v1/calendar/**", "/calendar.ics");
	}

	@Bean
	MenuEntry calendarMenuEntry() {
		return new MenuEntry("nav.calendar", "/calendar", Set.of(), 60, WorkArea.SYSTEM);
	}

	@Bean
	MenuEntry calendarDeadlineMenuEntry() {
		return new MenuEntry("nav.calendar.deadline", "/calendar/deadline", Set.of(), 61, WorkArea.SYSTEM);
	}

	@Bean
	MenuEntry calendarPublishMenuEntry() {
		return new MenuEntry("nav.calendar.publish", "/calendar/publish", Set.of("ADMIN"), 62, WorkArea.SYSTEM);
	}
}
