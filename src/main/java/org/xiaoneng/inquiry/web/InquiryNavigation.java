package org.xiaoneng.inquiry.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/** Puts the inquiry pages in the staff navigation, each for the roles that use it, and opens the portal's paths. */
@Configuration(proxyBeanMethods = false)
class InquiryNavigation {

	private static final Set<String> STAFF = Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER");

	@Bean
	MenuEntry newInquiryMenuEntry() {
		return new MenuEntry("inquiry.nav.new", "/inquiries/new", STAFF, 20, WorkArea.INQUIRY);
	}

	@Bean
	MenuEntry myInquiriesMenuEntry() {
		return new MenuEntry("inquiry.nav.mine", "/inquiries/mine", STAFF, 21, WorkArea.INQUIRY);
	}

	@Bean
	MenuEntry departmentInquiriesMenuEntry() {
		return new MenuEntry("inquiry.nav.department", "/inquiries/department", Set.of("HANDLER", "DEPT_HEAD", "LEADER"),
				22, WorkArea.INQUIRY);
	}

	@Bean
	MenuEntry inquiryRegisterMenuEntry() {
		return new MenuEntry("inquiry.nav.register", "/inquiries/register",
				Set.of("DEPT_HEAD", "LEADER", "SUPERVISOR", "ADMIN"), 23, WorkArea.INQUIRY);
	}

	@Bean
	MenuEntry complaintQueueMenuEntry() {
		return new MenuEntry("inquiry.nav.complaints", "/inquiries/complaints", Set.of("SUPERVISOR"), 24,
				WorkArea.INQUIRY);
	}

	@Bean
	MenuEntry authoritiesMenuEntry() {
		return new MenuEntry("inquiry.nav.authorities", "/inquiries/authorities",
				Set.of("ADMIN", "HANDLER", "WINDOW_CLERK", "DEPT_HEAD"), 25, WorkArea.INQUIRY);
	}

	@Bean
	MenuEntry inquirySettingsMenuEntry() {
		return new MenuEntry("inquiry.nav.settings", "/inquiries/settings", Set.of("ADMIN", "DEPT_HEAD"), 26,
				WorkArea.INQUIRY);
	}

	/** The public consultation, complaint and report form, its status page and their API: no login. */
	@Bean
	PublicEndpoints inquiryPublicEndpoints() {
		return () -> List.of("/portal/inquiries/**", "/api/v1/public/inquiries/**", "/api/v1/public/inquiries");
	}
}
