package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.testing.MutableClock;

/**
 * The inbox page shows a staff member their own in-app messages, newest first and unread ones highlighted, and lets
 * them mark messages as read.
 */
@NotificationIntegrationTest
class InboxPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;


	@Test
	@WithMockUser(username = "inbox-handler", roles = "HANDLER")
	void theInboxShowsOnlyTheSignedInUsersMessagesNewestFirst() throws Exception {
		notifications.send(Notification.inApp("inbox-handler", "较早的办件", "第一件", "/cases/1"));
		clock.advance(Duration.ofMinutes(5));
		notifications.send(Notification.inApp("inbox-handler", "较新的办件", "第二件", null));
		notifications.send(Notification.inApp("inbox-leader", "领导审批事项", "请审批。", null));

		String page = mvc.perform(get("/inbox")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"inbox-list\"", "id=\"inbox-mark-all\"", "href=\"/cases/1\"")
			.doesNotContain("领导审批事项");
		assertThat(page.indexOf("较新的办件")).isLessThan(page.indexOf("较早的办件"));
		assertThat(page.split("inbox-item unread", -1)).as("both messages highlighted as unread").hasSize(3);
		assertThat(page).contains("2 条未读");
	}

	@Test
	@WithMockUser(username = "inbox-reader", roles = "HANDLER")
	void markingAMessageReadRemovesItsHighlight() throws Exception {
		NotificationId id = notifications.send(Notification.inApp("inbox-reader", "新办件", "请受理。", null));

		mvc.perform(post("/inbox/{id}/read", id.value()).with(csrf()))
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("notice", "notification.inbox.marked"));

		assertThat(notifications.unreadCount("inbox-reader")).isZero();
		String page = mvc.perform(get("/inbox")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("inbox-item read").doesNotContain("inbox-item unread");
	}

	@Test
	@WithMockUser(username = "inbox-busy", roles = "HANDLER")
	void markingAllReadClearsTheUnreadCount() throws Exception {
		notifications.send(Notification.inApp("inbox-busy", "办件一", "请受理。", null));
		notifications.send(Notification.inApp("inbox-busy", "办件二", "请受理。", null));
		assertThat(notifications.unreadCount("inbox-busy")).isEqualTo(2);

		mvc.perform(post("/inbox/read-all").with(csrf()))
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("notice", "notification.inbox.allMarked"));

		assertThat(notifications.unreadCount("inbox-busy")).isZero();
	}

	@Test
	@WithMockUser(username = "inbox-intruder", roles = "HANDLER")
	void nobodyCanMarkAnotherUsersMessageRead() throws Exception {
		NotificationId id = notifications.send(Notification.inApp("inbox-owner", "新办件", "请受理。", null));

		mvc.perform(post("/inbox/{id}/read", id.value()).with(csrf()))
			.andExpect(flash().attribute("notice", "notification.inbox.notFound"));

		assertThat(notifications.unreadCount("inbox-owner")).isOne();
	}

	@Test
	@WithMockUser(username = "inbox-forged", roles = "HANDLER")
	void markingReadWithoutTheCsrfTokenIsRefused() throws Exception {
		notifications.send(Notification.inApp("inbox-forged", "新办件", "请受理。", null));

		mvc.perform(post("/inbox/read-all")).andExpect(status().isForbidden());

		assertThat(notifications.unreadCount("inbox-forged")).isOne();
	}
}
