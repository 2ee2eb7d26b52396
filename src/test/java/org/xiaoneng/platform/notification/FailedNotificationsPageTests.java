package org.xiaoneng.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.testing.MutableClock;

/**
 * Administrators see the messages that could not be sent, with recipients masked, and can send one again.
 */
@NotificationIntegrationTest
class FailedNotificationsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	ScriptedSmsGateway gateway;

	@Autowired
	NotificationSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;


	@Test
	@WithMockUser(username = "failed-admin", roles = "ADMIN")
	void anAdministratorSeesFailedMessagesWithTheMobileNumberMasked() throws Exception {
		NotificationId id = failedSms("13600008000");

		String page = mvc.perform(get("/notifications/failed")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"failed-" + id + "\"", "136****8000", "SMS gateway answered HTTP 503", "短信")
			.doesNotContain("13600008000");
	}

	@Test
	@WithMockUser(username = "failed-handler", roles = "HANDLER")
	void someoneWhoIsNotAnAdministratorCannotSeeOrRetryFailedMessages() throws Exception {
		NotificationId id = failedSms("13600008001");

		mvc.perform(get("/notifications/failed")).andExpect(status().isForbidden());
		mvc.perform(post("/notifications/{id}/retry", id.value()).with(csrf())).andExpect(status().isForbidden());

		assertThat(notifications.failed()).extracting(FailedNotification::id).contains(id);
	}

	@Test
	@WithMockUser(username = "failed-retrier", roles = "ADMIN")
	void retryingFromThePageQueuesTheMessageAgainUnderTheAdministratorsName() throws Exception {
		NotificationId id = failedSms("13600008002");

		mvc.perform(post("/notifications/{id}/retry", id.value()).with(csrf()))
			.andExpect(redirectedUrl("/notifications/failed"))
			.andExpect(flash().attribute("notice", "notification.failed.retried"));

		assertThat(notifications.failed()).extracting(FailedNotification::id).doesNotContain(id);
		assertThat(jdbc.sql("select actor from audit.entry where action = 'notification.retried' and object_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.list()).containsExactly("failed-retrier");
		mvc.perform(post("/notifications/{id}/retry", id.value()).with(csrf()))
			.andExpect(flash().attribute("notice", "notification.failed.notFound"));
	}

	private NotificationId failedSms(String mobile) {
		gateway.refuseNext(mobile, settings.maxAttempts());
		NotificationId id = notifications.send(Notification.sms(mobile, "受理通知", "您的申请已受理。"));
		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			dispatcher.dispatchRound();
			clock.advance(settings.maxRetryDelay());
		}
		return id;
	}
}
