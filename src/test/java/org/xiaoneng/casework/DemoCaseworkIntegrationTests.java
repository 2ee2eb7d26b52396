package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseQuery.CaseList;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/** The demo builder carries cases through the facade into several states over past months. */
@IntegrationTest
class DemoCaseworkIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	CasePortal portal;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	CatalogFixture fixture;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void demoCasesSpreadOverPastMonthsAndStates() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, fixture);
		DemoCasework demo = new DemoCasework(cases, portal, catalog, organization, calendar, jdbc, (Clock) clock);

		Map<CaseState, Integer> states = demo.casesOf(u.unit, 40, new Random(7));

		assertThat(states.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
		assertThat(states).containsKeys(CaseState.DELIVERED);
		assertThat(states.keySet()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select min(received_on) from casework.case_file where unit_id = :unit")
			.param("unit", u.unit.id())
			.query(java.time.LocalDate.class)
			.single()).isBefore(java.time.LocalDate.of(2026, 1, 15));
		assertThat(jdbc.sql("""
				select count(*) from casework.case_history h join casework.case_file c on c.id = h.case_id
				where c.unit_id = :unit and h.action = 'extension-asked-late'""")
			.param("unit", u.unit.id())
			.query(Long.class)
			.single()).as("a late case's handler asked for an extension after the deadline, refused and on record")
			.isPositive();
		assertThat(jdbc.sql("""
				select count(*) from casework.case_extension e
				where e.unit_id = :unit and e.decision = 'APPROVED' and e.requested_on > e.deadline_before""")
			.param("unit", u.unit.id())
			.query(Long.class)
			.single()).as("no extension was approved for a request after the deadline").isZero();
	}

	@Test
	void todaysQueueGivesEveryRoleOpenWork() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, fixture);
		DemoCasework demo = new DemoCasework(cases, portal, catalog, organization, calendar, jdbc, (Clock) clock);

		Map<CaseState, Integer> states = demo.openWorkOf(u.unit);

		assertThat(states).containsEntry(CaseState.AWAITING_CORRECTION, 2).containsEntry(CaseState.SUSPENDED, 1);
		assertThat(jdbc.sql("""
				select count(*) from casework.case_extension where unit_id = :unit and decision is null""")
			.param("unit", u.unit.id())
			.query(Long.class)
			.single()).as("an extension waits for its decider").isEqualTo(1);
		java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 9);
		assertThat(jdbc.sql("""
				select promised_deadline from casework.case_file
				where unit_id = :unit and state in ('ACCEPTED', 'PROCESSING') and promised_deadline is not null
				order by promised_deadline""")
			.param("unit", u.unit.id())
			.query(java.time.LocalDate.class)
			.list()).as("one case overdue, one due today (red and yellow), and the one waiting for its extension")
			.hasSize(3)
			.satisfies(deadlines -> {
				assertThat(deadlines.get(0)).isBefore(today);
				assertThat(deadlines.get(1)).isEqualTo(today);
				assertThat(deadlines.get(2)).isAfter(today);
			});
		assertThat(jdbc.sql("""
				select count(*) from casework.case_file
				where unit_id = :unit and state in ('ACCEPTED', 'PROCESSING') and deadline < :today""")
			.param("unit", u.unit.id())
			.param("today", today)
			.query(Long.class)
			.single()).as("the overdue one is past its legal deadline too, so the red list shows it").isEqualTo(1);
	}

	/**
	 * The workbench counts the red list of the signed-in head and leader: the demo's overdue cases lie in every
	 * department, so the head of 登记注册科 and the deputy overseeing both departments find red in their own lists.
	 */
	@Test
	void todaysQueuePutsAnOverdueCaseInEveryDepartmentsRedList() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, fixture);
		ServiceItem ofReview = fixture.publishOfReview(u);
		DemoCasework demo = new DemoCasework(cases, portal, catalog, organization, calendar, jdbc, (Clock) clock);

		demo.openWorkOf(u.unit);

		List<CaseSummary> headsRed = u.as("h", "ROLE_DEPT_HEAD", () -> red().rows());
		List<CaseSummary> deputysRed = u.as("d", "ROLE_LEADER", () -> red().rows());
		assertThat(headsRed).as("the head's red list, which the workbench counts")
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.itemName()).isEqualTo(u.item.name()));
		assertThat(deputysRed).as("the deputy's red list holds an overdue case of each department they oversee")
			.extracting(CaseSummary::itemName)
			.contains(u.item.name(), ofReview.name());
	}

	private KeysetPage<CaseSummary> red() {
		return cases.search(CaseQuery.of(CaseList.RED), null, null, 20);
	}
}
