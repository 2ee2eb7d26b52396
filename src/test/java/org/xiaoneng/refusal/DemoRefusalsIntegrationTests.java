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
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.inquiry.InquiryOutcome;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The demo filings of a department: one within authority and one agreed, both with their materials returned, one
 * overruled and one whose leader decision is overdue, and two on inquiries without a case, one in effect with its
 * inquiry closed and one awaiting the leader, made once.
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
	InquiryRegister inquiries;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Test
	void theDemoFilesFourRefusalsOfTheDepartmentOnce() {
		RefusalUnit unit = unitWithTwoItemsOfTheHead();
		DemoRefusals demo = demo();
		DemoRefusals.People people = people(unit);

		int built = demo.build(people);
		int again = demo.build(people);

		List<Refusal> register = unit.as("h", () -> refusals.register(new RegisterFilter(unit.unit.id(), null, null,
				null, null, null, null, null, null)));
		List<Refusal> ofCases = register.stream().filter(refusal -> refusal.matter().isCase()).toList();
		assertThat(built).isEqualTo(6);
		assertThat(again).isZero();
		assertThat(ofCases).extracting(Refusal::state)
			.containsExactlyInAnyOrder(RefusalState.IN_EFFECT, RefusalState.IN_EFFECT, RefusalState.OVERRULED,
					RefusalState.AWAITING_LEADER);
		assertThat(ofCases).filteredOn(refusal -> refusal.state() == RefusalState.AWAITING_LEADER)
			.singleElement()
			.satisfies(overdue -> assertThat(overdue.overdueReportedAt()).isNotNull());
		assertThat(ofCases).filteredOn(refusal -> refusal.state() == RefusalState.IN_EFFECT)
			.allSatisfy(effective -> assertThat(refusals.materialReturnOf(effective.id())).isPresent());
	}

	/**
	 * 否定报备制 四(一) covers every negative answer, also to a visitor at the first responder's desk (decision 0025): the
	 * demo shows one such refusal in effect, its inquiry closed REFUSED with the notice's number, and one waiting for
	 * the leader with its inquiry still open.
	 */
	@Test
	void theDemoRefusesTwoInquiriesWithoutACaseOneInEffectAndOneAwaitingTheLeader() {
		RefusalUnit unit = unitWithTwoItemsOfTheHead();
		DemoRefusals demo = demo();

		demo.build(people(unit));

		List<Refusal> ofInquiries = unit.as("h", () -> refusals.register(new RegisterFilter(unit.unit.id(), null,
				null, null, null, null, null, null, null)))
			.stream()
			.filter(refusal -> !refusal.matter().isCase())
			.toList();
		assertThat(ofInquiries).extracting(Refusal::state)
			.containsExactlyInAnyOrder(RefusalState.IN_EFFECT, RefusalState.AWAITING_LEADER);
		assertThat(ofInquiries).allSatisfy(refusal -> assertThat(refusal.kind()).isEqualTo(RefusalKind.NOT_PROVIDED));
		Refusal inEffect = ofInquiries.stream().filter(r -> r.state() == RefusalState.IN_EFFECT).findFirst().orElseThrow();
		RegisterEntry closed = unit.as("h", () -> inquiries.inquiry(inEffect.matter().inquiryId()));
		assertThat(closed.state()).isEqualTo(InquiryState.CLOSED);
		assertThat(closed.outcome()).isEqualTo(InquiryOutcome.REFUSED);
		assertThat(closed.answer()).contains(inEffect.noticeNumber());
		Refusal awaiting = ofInquiries.stream()
			.filter(r -> r.state() == RefusalState.AWAITING_LEADER)
			.findFirst()
			.orElseThrow();
		assertThat(awaiting.deciderStaffId()).isEqualTo(unit.head.id());
		RegisterEntry open = unit.as("a", () -> inquiries.inquiry(awaiting.matter().inquiryId()));
		assertThat(open.state()).isEqualTo(InquiryState.OPEN);
	}

	/**
	 * The leader's workbench counts the filings in their decision queue: the demo leaves two there at start, on cases
	 * of the department's item that only the deputy leader may refuse, one before and one after acceptance.
	 */
	@Test
	void theDemoLeavesTwoFilingsWaitingInTheDeputyLeadersQueue() {
		RefusalUnit unit = unitWithTwoItemsOfTheHead();
		ServiceItem company = new RefusalCases(context).item(unit, RefusalAuthority.DEPUTY_LEADER, "有限责任公司设立登记", "000110001000",
				List.of(new LegalBasis("中华人民共和国公司法", "第二十九条"), new LegalBasis("市场主体登记管理条例", "第十九条")));
		DemoRefusals demo = demo();

		int built = demo.build(people(unit));

		List<PendingDecision> queue = unit.as("d", refusals::decisionQueue);
		assertThat(built).isEqualTo(8);
		assertThat(queue).as("the deputy leader's queue, which the workbench counts")
			.extracting(pending -> pending.refusal().itemId())
			.containsExactly(company.id(), company.id());
		assertThat(queue).extracting(pending -> pending.refusal().kind())
			.containsExactlyInAnyOrder(RefusalKind.NOT_ACCEPTED, RefusalKind.NOT_PERMITTED);
		assertThat(unit.as("h", refusals::decisionQueue)).as("nothing of the leader's waits for the head")
			.noneMatch(pending -> pending.refusal().itemId() == company.id());
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
		DemoRefusals demo = demo();

		demo.build(people(unit));

		Map<Long, ServiceItem> items = List.of(setUp, deregistration).stream()
			.collect(Collectors.toMap(ServiceItem::id, Function.identity()));
		List<Refusal> register = unit.as("h", () -> refusals.register(new RegisterFilter(unit.unit.id(), null, null,
				null, null, null, null, null, null)));
		assertThat(register).hasSize(6)
			.allSatisfy(refusal -> assertThat(items.get(refusal.itemId()).legalBasis())
				.containsAll(refusal.legalBasis()));
		assertThat(register).filteredOn(refusal -> refusal.itemId() == deregistration.id())
			.isNotEmpty()
			.allSatisfy(refusal -> assertThat(refusal.reasons()).doesNotContain("经营范围"));
	}

	/** A unit of its own on Monday morning, with two items in force that its department head may refuse. */
	private RefusalUnit unitWithTwoItemsOfTheHead() {
		clock.set(RefusalCases.MONDAY_MORNING);
		RefusalUnit unit = new RefusalUnit(organization);
		RefusalCases fixtures = new RefusalCases(context);
		fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD);
		fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD);
		return unit;
	}

	private DemoRefusals demo() {
		return new DemoRefusals(refusals, filings, cases, catalog, organization, calendar, settings, inquiries);
	}

	private static DemoRefusals.People people(RefusalUnit unit) {
		return new DemoRefusals.People(unit.username("a"), unit.username("h"), unit.username("c"));
	}
}
