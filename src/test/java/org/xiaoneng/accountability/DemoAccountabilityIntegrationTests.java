package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.accountability.AccountableUnit.asAdmin;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.CardIssued;
import org.xiaoneng.supervision.ObjectType;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * The demo county's year of accountability, built once on a department that also has a red card and a
 * substantiated complaint: inspections with findings, evidence and a refused signature; cases from the card, the
 * complaint and the findings heard and decided with their notices, the handler's later ones 从重, the unmanned
 * window's closed for force majeure.
 */
@IntegrationTest
class DemoAccountabilityIntegrationTests {

	@Autowired
	Inspections inspections;

	@Autowired
	Accountability accountability;

	@Autowired
	InspectionRecords records;

	@Autowired
	Organization organization;

	@Autowired
	InquiryRegister register;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	MutableClock clock;

	@Test
	void theDemoYearHearsAndClosesCasesFromACardAComplaintAndInspectionsOnce() {
		AccountableUnit u = new AccountableUnit(organization);
		asAdmin(() -> organization.createPost(new NewPost(u.registration.id(), "登记窗口岗", PostKind.WINDOW, "受理登记申请",
				List.of())));
		u.substantiatedComplaint(register, "王五", "13700137000", "窗口让我跑了三趟。");
		transactions.executeWithoutResult(status -> events.publishEvent(new CardIssued(
				800_000_000L + Math.abs(u.tag.hashCode() % 1_000_000), "CASE_OVERDUE", 1, CardColour.RED,
				ObjectType.CASE, 1, u.unit.id(), u.registration.id(), u.colleague.id(),
				LocalDate.now(clock).plusDays(2))));
		assertThat(listeners.await(Duration.ofSeconds(10))).as("listeners came to rest").isTrue();
		DemoAccountability demo = new DemoAccountability(inspections, accountability, records, organization, clock);
		DemoAccountability.People people = new DemoAccountability.People("accountability-supervisor",
				u.username("a"), u.username("c"), u.username("h"), u.username("d"));

		int built = demo.build(people);
		int again = demo.build(people);

		assertThat(built).isEqualTo(6);
		assertThat(again).isZero();
		List<CaseRow> cases = asSupervisor(() -> accountability
			.cases(new CaseFilter(null, u.unit.id(), null, null, null, null, false), null, 50)
			.items());
		assertThat(cases).extracting(CaseRow::source)
			.containsExactlyInAnyOrder(CaseSource.COMPLAINT, CaseSource.CARD, CaseSource.INSPECTION,
					CaseSource.INSPECTION, CaseSource.INSPECTION, CaseSource.INSPECTION);
		assertThat(cases).filteredOn(row -> row.state() == CaseState.EXEMPTED)
			.singleElement()
			.satisfies(exempted -> assertThat(asSupervisor(() -> accountability.kase(exempted.id())).staffId())
				.isNull());
		List<CaseRow> decided = cases.stream().filter(row -> row.state() == CaseState.DECIDED).toList();
		assertThat(decided).hasSize(5)
			.allSatisfy(row -> assertThat(asSupervisor(() -> accountability.kase(row.id())).noticeNumber())
				.isNotNull());
		assertThat(decided).filteredOn(row -> row.source() == CaseSource.INSPECTION)
			.extracting(row -> asSupervisor(() -> accountability.kase(row.id())).conductCode())
			.containsExactlyInAnyOrder("SBZ-6", "SBZ-5", "SBZ-6");
		assertThat(decided).filteredOn(CaseRow::aggravated)
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.sanctions()).containsExactly(Sanction.PUBLIC_CRITICISM));
		List<InspectionRow> inspected = asSupervisor(() -> inspections.ofYear(LocalDate.now(clock).getYear()))
			.stream()
			.filter(row -> row.unitId() == u.unit.id())
			.toList();
		assertThat(inspected).hasSize(4).extracting(InspectionRow::findings).containsExactlyInAnyOrder(1, 2, 1, 0);
		assertThat(inspected.stream()
			.flatMap(row -> asSupervisor(() -> inspections.inspection(row.id())).findings().stream())
			.map(InspectionView.FindingView::acknowledgement)).contains(Acknowledgement.REFUSED,
					Acknowledgement.ACKNOWLEDGED);
	}
}
