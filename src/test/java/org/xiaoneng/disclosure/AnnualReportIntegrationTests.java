package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The annual report's tables (政府信息公开条例 第五十条) of a unit's 2026: requests received, carried over, answered in
 * each way and lapsed, items published and withdrawn, reconsiderations and suits; every number of the report equals
 * a count computed here, row by row in Java, from the rows the database holds.
 */
@IntegrationTest
class AnnualReportIntegrationTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	DisclosureRequests requests;

	@Autowired
	DisclosureReports reports;

	@Autowired
	Disclosure disclosure;

	@Autowired
	Organization organization;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Instant clockBefore;

	@AfterEach
	void putTheClockBack() {
		clock.set(clockBefore);
	}

	record Row(String kind, LocalDate receivedOn, String answer, LocalDate answeredOn, LocalDate withdrawnOn) {
	}

	@Test
	void everyNumberOfTheReportEqualsACountOfTheUnitsRows() throws Exception {
		clockBefore = clock.instant();
		DisclosureUnit unit = new DisclosureUnit(organization);
		// received late in 2025, answered in 2026: carried in, then handled
		InformationRequestId carried = register(unit, Applicant.Kind.CITIZEN, LocalDate.of(2025, 12, 15));
		answer(unit, carried, AnswerType.DISCLOSED, LocalDate.of(2026, 1, 9));
		InformationRequestId notOurs = register(unit, Applicant.Kind.ORGANIZATION, LocalDate.of(2026, 3, 2));
		answer(unit, notOurs, AnswerType.NOT_RESPONSIBLE, LocalDate.of(2026, 3, 20));
		InformationRequestId alreadyPublic = register(unit, Applicant.Kind.ORGANIZATION, LocalDate.of(2026, 5, 6));
		answer(unit, alreadyPublic, AnswerType.ALREADY_PUBLIC, LocalDate.of(2026, 5, 7));
		// asked for a correction that never came: lapsed on 30 March
		InformationRequestId lapsed = register(unit, Applicant.Kind.CITIZEN, LocalDate.of(2026, 3, 2));
		on(LocalDate.of(2026, 3, 4));
		unit.as("e", () -> requests.requestCorrection(lapsed));
		on(LocalDate.of(2026, 3, 30));
		unit.as("e", () -> requests.correctionNotReceived(lapsed));
		// received in the last days of 2026, still open: carried out
		register(unit, Applicant.Kind.CITIZEN, LocalDate.of(2026, 12, 28));
		// an online application nobody confirmed is not received
		requests.submitOnline(new UnitId(unit.unit.id()), new NewRequest(null,
				new Applicant(Applicant.Kind.CITIZEN, "网上申请人", "0851-7654321"), "本县2026年惠民补贴名单", null, null));
		// a reconsideration brought, then upheld; a suit still pending
		unit.as("e", () -> reports.recordChallenge(notOurs, ChallengeKind.RECONSIDERATION, LocalDate.of(2026, 4, 1),
				ChallengeOutcome.PENDING));
		unit.as("e", () -> reports.recordChallenge(notOurs, ChallengeKind.RECONSIDERATION, LocalDate.of(2026, 4, 1),
				ChallengeOutcome.UPHELD));
		unit.as("e", () -> reports.recordChallenge(notOurs, ChallengeKind.LITIGATION, LocalDate.of(2026, 6, 1),
				ChallengeOutcome.PENDING));
		// one item published in March and withdrawn in April, one published in May and still standing
		ItemView withdrawn = published(unit, Category.PROCUREMENT, "2026年第一季度政府采购", LocalDate.of(2026, 3, 10));
		on(LocalDate.of(2026, 4, 2));
		unit.as("e", () -> disclosure.withdraw(withdrawn.id(), "合同信息有误"));
		published(unit, Category.PROCUREMENT, "2026年4月政府采购", LocalDate.of(2026, 5, 11));

		AnnualReport report = unit.as("e", () -> reports.myUnitAnnualReport(2026));

		List<Row> rows = jdbc.sql("""
				select applicant_kind, received_on, answer, answered_on, withdrawn_on
				from disclosure.information_request where unit_id = :unit""")
			.param("unit", unit.unit.id())
			.query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list();
		LocalDate first = LocalDate.of(2026, 1, 1);
		LocalDate last = LocalDate.of(2026, 12, 31);
		for (AnnualReport.RequestRow row : report.requests()) {
			Predicate<Row> counted = switch (row.row()) {
				case RECEIVED -> r -> within(r.receivedOn(), first, last);
				case CARRIED_IN -> r -> r.receivedOn() != null && r.receivedOn().isBefore(first)
						&& !closedBefore(r, first);
				case LAPSED -> r -> within(r.withdrawnOn(), first, last);
				case HANDLED -> r -> within(r.answeredOn(), first, last) || within(r.withdrawnOn(), first, last);
				case CARRIED_OUT -> r -> r.receivedOn() != null && !r.receivedOn().isAfter(last)
						&& !closedBefore(r, last.plusDays(1));
				default -> r -> within(r.answeredOn(), first, last) && row.row()
					.answers()
					.stream()
					.anyMatch(answer -> answer.name().equals(r.answer()));
			};
			assertThat(row.citizens()).as(row.row() + " citizens")
				.isEqualTo(rows.stream().filter(r -> r.kind().equals("CITIZEN")).filter(counted).count());
			assertThat(row.organizations()).as(row.row() + " organisations")
				.isEqualTo(rows.stream().filter(r -> r.kind().equals("ORGANIZATION")).filter(counted).count());
		}
		assertThat(report.requests()).extracting(AnnualReport.RequestRow::total)
			.as("received 4 in 2026, 1 carried in; handled 4 (disclosed 2, unable 1, lapsed 1); 1 carried out")
			.containsExactly(4, 1, 2, 0, 0, 1, 0, 1, 0, 4, 1);

		List<String[]> history = jdbc.sql("""
				select i.category, h.action, h.at from disclosure.item i join disclosure.item_history h on h.item_id = i.id
				where i.unit_id = :unit order by h.at, h.id""")
			.param("unit", unit.unit.id())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2),
					rs.getTimestamp(3).toInstant().atZone(Clocks.BUSINESS_ZONE).toLocalDate().toString() })
			.list();
		for (AnnualReport.PublishedRow row : report.published()) {
			String category = row.category().name();
			assertThat(row.published()).as(category).isEqualTo(history.stream()
				.filter(h -> h[0].equals(category) && h[1].equals("PUBLISHED") && h[2].startsWith("2026"))
				.count());
			assertThat(row.withdrawn()).as(category).isEqualTo(history.stream()
				.filter(h -> h[0].equals(category) && h[1].equals("WITHDRAWN") && h[2].startsWith("2026"))
				.count());
		}
		AnnualReport.PublishedRow procurement = report.published()
			.stream()
			.filter(row -> row.category() == Category.PROCUREMENT)
			.findFirst()
			.orElseThrow();
		assertThat(procurement).isEqualTo(new AnnualReport.PublishedRow(Category.PROCUREMENT, 2, 1, 1));

		for (AnnualReport.ChallengeRow row : report.challenges()) {
			for (ChallengeOutcome outcome : ChallengeOutcome.values()) {
				long counted = jdbc.sql("""
						select count(*) from disclosure.request_challenge
						where unit_id = :unit and kind = :kind and outcome = :outcome and extract(year from filed_on) = 2026""")
					.param("unit", unit.unit.id())
					.param("kind", row.kind().name())
					.param("outcome", outcome.name())
					.query(Long.class)
					.single();
				int reported = switch (outcome) {
					case UPHELD -> row.upheld();
					case CORRECTED -> row.corrected();
					case OTHER -> row.other();
					case PENDING -> row.pending();
				};
				assertThat(reported).as(row.kind() + " " + outcome).isEqualTo(counted);
			}
		}
		assertThat(report.challenges()).extracting(AnnualReport.ChallengeRow::total).containsExactly(1, 1, 0);

		mvc.perform(get("/api/v1/disclosure/annual-report").param("year", "2026")
			.param("unitId", String.valueOf(unit.unit.id()))
			.with(user(unit.username("e")).roles("DISCLOSURE_EDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requests[0].row").value("RECEIVED"))
			.andExpect(jsonPath("$.requests[0].total").value(4));
		mvc.perform(get("/api/v1/disclosure/annual-report.xlsx").param("year", "2026")
			.with(user(unit.username("e")).roles("DISCLOSURE_EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX));
		mvc.perform(get("/api/v1/disclosure/annual-report").param("year", "1999")
			.with(user(unit.username("e")).roles("DISCLOSURE_EDITOR"))
			.header("Accept-Language", "zh-CN")).andExpect(status().is4xxClientError());
	}

	private InformationRequestId register(DisclosureUnit unit, Applicant.Kind kind, LocalDate receivedOn) {
		on(receivedOn);
		return unit.as("e", () -> requests.register(new NewRequest(RequestChannel.WINDOW,
				new Applicant(kind, kind == Applicant.Kind.CITIZEN ? "张三" : "示范县某某公司", "示范县人民路1号"),
				"本县政府采购合同" + receivedOn, "纸质", receivedOn))).id();
	}

	private void answer(DisclosureUnit unit, InformationRequestId id, AnswerType type, LocalDate on) {
		on(on);
		unit.as("e", () -> requests.answer(id, type, 3));
	}

	private ItemView published(DisclosureUnit unit, Category category, String title, LocalDate on) {
		on(on);
		ItemView draft = unit.as("e", () -> disclosure.draft(new ItemDraft(category, Cadence.AD_HOC, title,
				"采购项目、供应商和成交金额见正文。", null, on)));
		unit.as("e", () -> disclosure.submitForReview(draft.id()));
		unit.as("r", () -> disclosure.clear(draft.id()));
		return unit.as("e", () -> disclosure.publish(draft.id()));
	}

	private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
		return day != null && !day.isBefore(first) && !day.isAfter(last);
	}

	private static boolean closedBefore(Row row, LocalDate day) {
		LocalDate closed = row.answeredOn() != null ? row.answeredOn() : row.withdrawnOn();
		return closed != null && closed.isBefore(day);
	}

	private void on(LocalDate day) {
		ZonedDateTime nine = day.atTime(9, 0).atZone(Clocks.BUSINESS_ZONE);
		clock.set(nine.toInstant());
	}
}
