package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.testing.TestData.runAs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.casework.PdfText;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * A request for information through correction, third-party consultation, extension and answer in the unit's real
 * calendar of 2026 (the State Council's holidays: 劳动节 1–5 May with Saturday 9 May worked, 端午节 19–21 June), each
 * date worked out by hand on a wall calendar in the comments, and the notices it gives its applicant.
 */
@IntegrationTest
class RequestDatesIntegrationTests {

	@Autowired
	DisclosureRequests requests;

	@Autowired
	Organization organization;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Instant before;

	private DisclosureUnit unit;

	private String head;

	@BeforeEach
	void unitWithAHead() {
		before = clock.instant();
		unit = new DisclosureUnit(organization);
		head = "dxh-" + unit.tag;
		StaffMember member = runAs("disclosure-admin", () -> organization.join(new NewStaff("dh" + unit.tag,
				unit.office.id(), LocalDate.of(2020, 1, 1), new StaffParticulars("主任丙", Gender.MALE, null, "主任",
						PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, head))),
				"ROLE_ADMIN");
		runAs("disclosure-admin", () -> {
			organization.appointDepartmentHead(new DepartmentId(unit.office.id()), new StaffId(member.id()));
			return organization.recordReviewBodies(new UnitId(unit.unit.id()),
					new ReviewBodies("示范县人民政府", "示范县人民法院"));
		}, "ROLE_ADMIN");
	}

	@AfterEach
	void putTheClockBack() {
		clock.set(before);
	}

	@Test
	void aRequestRunsThroughCorrectionConsultationAndExtensionOnThe2026Calendar() {
		// handed in at the window on Monday 27 April 2026: received that day (第三十一条(一))
		on(2026, 4, 27);
		RequestView request = unit.as("e", () -> requests.register(new NewRequest(RequestChannel.WINDOW,
				new Applicant(Applicant.Kind.CITIZEN, "李四", "示范县人民路2号"), "2025年本县城乡低保资金发放情况", "纸质",
				LocalDate.of(2026, 4, 27))));
		InformationRequestId id = request.id();
		// 7 working days: 28, 29, 30 April, (1–5 May off) 6, 7, 8 May and the worked Saturday 9 May
		assertThat(request.correctionNoticeDue()).isEqualTo("2026-05-09");
		// 20 working days: the 7 above, then 11–15, 18–22, 25, 26, 27 May
		assertThat(request.replyDue()).isEqualTo("2026-05-27");

		// the correction notice on Thursday 30 April stops the clock
		on(2026, 4, 30);
		assertThat(unit.as("e", () -> requests.requestCorrection(id)).replyDue()).isNull();

		// the corrected request comes on Friday 8 May: 20 working days from it are 9 (Saturday, worked), 11–15, 18–22,
		// 25–29 May, 1–4 June
		on(2026, 5, 8);
		RequestView corrected = unit.as("e", () -> requests.correctionReceived(id, LocalDate.of(2026, 5, 8)));
		assertThat(corrected.clockStartsOn()).isEqualTo("2026-05-08");
		assertThat(corrected.replyDue()).isEqualTo("2026-06-04");

		// a third party asked on Tuesday 12 May answers on Tuesday 26 May: 13–15, 18–22, 25, 26 May are 10 working
		// days not counted, so 10 more after 4 June: 5, 8–12, 15–18 June (19 June is 端午节)
		on(2026, 5, 12);
		unit.as("e", () -> requests.consultThirdParty(id));
		on(2026, 5, 26);
		RequestView consulted = unit.as("e", () -> requests.thirdPartyAnswered(id, LocalDate.of(2026, 5, 26)));
		assertThat(consulted.pausedDays()).isEqualTo(10);
		assertThat(consulted.replyDue()).isEqualTo("2026-06-18");

		// the editor cannot extend; the head approves 20 more working days on Monday 15 June: (19–21 June off) 22–26,
		// 29, 30 June, 1–3, 6–10, 13–17 July
		on(2026, 6, 15);
		assertThatThrownBy(() -> unit.as("e", () -> requests.extend(id, 20)))
			.isInstanceOf(AccessDeniedException.class);
		RequestView extended = asHead(() -> requests.extend(id, 20));
		assertThat(extended.replyDue()).isEqualTo("2026-07-17");

		on(2026, 7, 10);
		RequestView answered = unit.as("e", () -> requests.answer(id, AnswerType.PARTLY_DISCLOSED, 12));
		assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(answered.fee()).as("12 pages are under the 30 free ones of 国办函〔2020〕109号").isZero();

		for (RequestNoticeKind kind : RequestNoticeKind.values()) {
			byte[] pdf = unit.as("e", () -> requests.notice(id, kind));
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(PdfText.of(pdf)).contains("示范县人民政府", "示范县人民法院", "六十日", "六个月");
		}
		assertThat(PdfText.of(unit.as("e", () -> requests.notice(id, RequestNoticeKind.ANSWER))))
			.contains("第三十七条", "李四");
		assertThat(PdfText.of(unit.as("e", () -> requests.notice(id, RequestNoticeKind.EXTENSION))))
			.contains("20", "2026-07-17");
	}

	@Test
	void anOnlineApplicationIsReceivedTheDayAnEditorConfirmsIt() {
		on(2026, 4, 30);
		RequestView submitted = requests.submitOnline(new UnitId(unit.unit.id()), new NewRequest(null,
				new Applicant(Applicant.Kind.ORGANIZATION, "示范县某某公司", "91520000MA6XXXXX0X", "0851-1234567"),
				"本单位2025年政府采购合同", "电子文档", null));
		assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(submitted.receivedOn()).isNull();
		assertThat(submitted.replyDue()).isNull();

		// confirmed with the applicant on Wednesday 6 May, after the holiday: received then (第三十一条(三))
		on(2026, 5, 6);
		RequestView confirmed = unit.as("e", () -> requests.confirm(submitted.id()));
		assertThat(confirmed.receivedOn()).isEqualTo("2026-05-06");
		assertThat(confirmed.channel()).isEqualTo(RequestChannel.ONLINE);
		// 20 working days: 7, 8, 9 (Saturday, worked), 11–15, 18–22, 25–29 May, 1 and 2 June
		assertThat(confirmed.replyDue()).isEqualTo("2026-06-02");
	}

	@Test
	void anApplicationWithoutADescriptionOrAContactIsRefusedAndNothingIsStored() {
		long before = count();
		assertThatThrownBy(() -> requests.submitOnline(new UnitId(unit.unit.id()), new NewRequest(null,
				new Applicant(Applicant.Kind.CITIZEN, "王五", "0851-1234567"), "  ", null, null)))
			.hasMessage("disclosure.error.descriptionMissing");
		assertThatThrownBy(() -> requests.submitOnline(new UnitId(unit.unit.id()), new NewRequest(null,
				new Applicant(Applicant.Kind.CITIZEN, "王五", ""), "本县2025年低保名单", null, null)))
			.hasMessage("disclosure.error.contactMissing");
		assertThatThrownBy(() -> unit.as("e", () -> requests.register(new NewRequest(RequestChannel.WINDOW,
				new Applicant(Applicant.Kind.CITIZEN, "王五", "示范县"), null, "纸质", LocalDate.of(2026, 3, 2)))))
			.hasMessage("disclosure.error.descriptionMissing");
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from disclosure.information_request where unit_id = :unit")
			.param("unit", unit.unit.id())
			.query(Long.class)
			.single();
	}

	private <T> T asHead(Supplier<T> action) {
		return runAs(head, action, "ROLE_DEPT_HEAD");
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(9, 0).atZone(Clocks.BUSINESS_ZONE).toInstant());
	}
}
