package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.platform.notification.InboxMessage;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.NewAccount;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * Supervisors are told of every new complaint or report: in the app at once, by text message in the office hours of
 * the unit complained about, and never with the complainant's identity or words.
 */
@IntegrationTest
class ComplaintAlertsIntegrationTests {

	/** Saturday 7 March 2026, 10:00 in Shanghai: the office is closed until Monday 08:30. */
	static final Instant SATURDAY = LocalDateTime.of(2026, 3, 7, 10, 0).atZone(InquiryUnit.ZONE).toInstant();

	static final Instant MONDAY_OPENING = LocalDateTime.of(2026, 3, 9, 8, 30).atZone(InquiryUnit.ZONE).toInstant();

	/** Tuesday 10 March 2026, 10:00: office hours. */
	static final Instant TUESDAY = LocalDateTime.of(2026, 3, 10, 10, 0).atZone(InquiryUnit.ZONE).toInstant();

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aSupervisorIsToldOfANewComplaintWithoutWhoMadeItAndTextedOnlyInOfficeHours() {
		clock.set(SATURDAY);
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		String supervisor = supervisorWithPhone(u, "13912340001");

		RegisterEntry weekend = complaint(u, "王五投诉人", "13800001111");
		clock.set(TUESDAY);
		RegisterEntry weekday = complaint(u, "赵六投诉人", "13800002222");

		List<InboxMessage> inbox = notifications.inbox(supervisor);
		assertThat(inbox).filteredOn(message -> message.link().endsWith("/" + weekend.id())).singleElement()
			.satisfies(message -> {
				assertThat(message.subject()).isEqualTo("新投诉待处理");
				assertThat(message.body()).contains(u.unit.name())
					.doesNotContain("王五", "13800001111", "科长推诿", "说不归他管");
			});
		assertThat(textDueAt(weekend, supervisor)).isEqualTo(MONDAY_OPENING);
		assertThat(textDueAt(weekday, supervisor)).isEqualTo(TUESDAY);
		assertThat(notifications.inbox(u.username("fh"))).noneMatch(message -> message.subject().contains("投诉"));
		assertThat(notifications.inbox(u.username("c"))).noneMatch(message -> message.subject().contains("投诉"));
	}

	private RegisterEntry complaint(InquiryUnit u, String name, String phone) {
		return u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT, null, name, null,
				phone, null, InquiryCategory.COMPLAINT, "科长推诿", "说不归他管。", List.of(), null, null, u.food.id(),
				u.foodHead.id(), null), null));
	}

	/** The moment the text to the supervisor about the complaint is first tried. */
	private Instant textDueAt(RegisterEntry complaint, String supervisor) {
		return jdbc.sql("select next_attempt_at from notification.message where idempotency_key = :key")
			.param("key", "inquiry:" + complaint.id() + ":supervisors:" + supervisor + ":sms")
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
	}

	/** A supervisor's account and staff record (in the unit's office) with a mobile number for texts. */
	private String supervisorWithPhone(InquiryUnit u, String phone) {
		String username = "alert-s-" + u.tag;
		runAs("alert-security-admin",
				() -> accounts.create(new NewAccount(username, "监督员" + u.tag, Set.of(Role.SUPERVISOR))),
				Role.SECURITY_ADMIN.authority());
		runAs("alert-admin", () -> organization.join(new NewStaff("qa" + u.tag, u.office.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("监督员", Gender.FEMALE, phone, "科员", PoliticalStatus.MASSES, Employment.ESTABLISHED,
						null, null, username))), "ROLE_ADMIN");
		return username;
	}
}
