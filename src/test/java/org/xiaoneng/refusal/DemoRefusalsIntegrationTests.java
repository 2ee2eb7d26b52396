package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The demo filings of a department: one within authority and one agreed, both with their materials returned, one
 * overruled and one whose leader decision is overdue, made once.
 */
@IntegrationTest
class DemoRefusalsIntegrationTests {

	@Autowired
	Refusals refusals;

	@Autowired
	Filings filings;

	@Autowired
	Cases cases;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Organization organization;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	RefusalSettings settings;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Test
	void theDemoFilesFourRefusalsOfTheDepartmentOnce() {
		clock.set(RefusalCases.MONDAY_MORNING);
		RefusalUnit unit = new RefusalUnit(organization);
		RefusalCases fixtures = new RefusalCases(context);
		fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD);
		fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD);
		DemoRefusals demo = new DemoRefusals(refusals, filings, cases, catalog, organization, calendar, settings);
		DemoRefusals.People people = new DemoRefusals.People(unit.username("a"), unit.username("h"),
				unit.username("c"));

		int built = demo.build(people);
		int again = demo.build(people);

		List<Refusal> register = unit.as("h", () -> refusals.register(new RegisterFilter(unit.unit.id(), null, null,
				null, null, null, null, null, null)));
		assertThat(built).isEqualTo(4);
		assertThat(again).isZero();
		assertThat(register).extracting(Refusal::state)
			.containsExactlyInAnyOrder(RefusalState.IN_EFFECT, RefusalState.IN_EFFECT, RefusalState.OVERRULED,
					RefusalState.AWAITING_LEADER);
		assertThat(register).filteredOn(refusal -> refusal.state() == RefusalState.AWAITING_LEADER)
			.singleElement()
			.satisfies(overdue -> assertThat(overdue.overdueReportedAt()).isNotNull());
		assertThat(register).filteredOn(refusal -> refusal.state() == RefusalState.IN_EFFECT)
			.allSatisfy(effective -> assertThat(refusals.materialReturnOf(effective.id())).isPresent());
	}

	/**
	 * A refusal's reasons must be the item's own: the demo once refused the deregistration of an individual business
	 * (个体工商户注销登记) because its business scope needed approval, which only a registration or change can have.
	 */
	@Test
	void everyDemoRefusalCitesTheLegalBasisOfTheItemItRefuses() {
		clock.set(RefusalCases.MONDAY_MORNING);
		RefusalUnit unit = new RefusalUnit(organization);
		RefusalCases fixtures = new RefusalCases(context);
		ServiceItem setUp = fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD, "个体工商户设立登记", "000110002000",
				List.of(new LegalBasis("市场主体登记管理条例", "第十九条"), new LegalBasis("促进个体工商户发展条例", "第八条")));
		ServiceItem deregistration = fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD, "个体工商户注销登记",
				"000110002002", List.of(new LegalBasis("市场主体登记管理条例", "第三十一条")));
		DemoRefusals demo = new DemoRefusals(refusals, filings, cases, catalog, organization, calendar, settings);

		demo.build(new DemoRefusals.People(unit.username("a"), unit.username("h"), unit.username("c")));

		Map<Long, ServiceItem> items = List.of(setUp, deregistration).stream()
			.collect(Collectors.toMap(ServiceItem::id, Function.identity()));
		List<Refusal> register = unit.as("h", () -> refusals.register(new RegisterFilter(unit.unit.id(), null, null,
				null, null, null, null, null, null)));
		assertThat(register).hasSize(4)
			.allSatisfy(refusal -> assertThat(items.get(refusal.itemId()).legalBasis())
				.containsAll(refusal.legalBasis()));
		assertThat(register).filteredOn(refusal -> refusal.itemId() == deregistration.id())
			.isNotEmpty()
			.allSatisfy(refusal -> assertThat(refusal.reasons()).doesNotContain("经营范围"));
	}
}
