package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The demo editor's catalogue, built for a unit of its own: published items in several categories, one in review, a
 * draft whose mobile number shows among its findings, an overdue monthly item, and feedback answered and waiting;
 * built once.
 */
@IntegrationTest
class DemoDisclosureIntegrationTests {

	@Autowired
	Disclosure disclosure;

	@Autowired
	DisclosurePortal portal;

	@Autowired
	DisclosureFeedback feedback;

	@Autowired
	ItemPublishing publishing;

	@Autowired
	DisclosureItems items;

	@Autowired
	ItemSchedule schedule;

	@Autowired
	Organization organization;

	@Autowired
	Clock clock;

	@Test
	void theEditorFindsPublishedItemsOneInReviewOneOverdueAndFeedbackAnsweredAndWaiting() {
		DisclosureUnit unit = new DisclosureUnit(organization);
		runAs("disclosure-admin", () -> {
			organization.appointPrincipalLeader(new UnitId(unit.unit.id()), new StaffId(unit.reviewer.id()));
			return null;
		}, "ROLE_ADMIN");
		DemoDisclosure demo = new DemoDisclosure(disclosure, portal, feedback, publishing, items, schedule,
				organization, clock);

		assertThat(demo.build(unit.username("e"))).isTrue();

		List<ItemView> all = unit.as("e", () -> disclosure.myUnitItems(null));
		Map<ItemStatus, Long> byStatus = all.stream()
			.collect(Collectors.groupingBy(ItemView::status, Collectors.counting()));
		assertThat(byStatus).containsEntry(ItemStatus.PUBLISHED, 4L)
			.containsEntry(ItemStatus.IN_REVIEW, 1L)
			.containsEntry(ItemStatus.DRAFT, 2L);
		assertThat(all.stream().filter(i -> i.status() == ItemStatus.PUBLISHED).map(ItemView::category).distinct())
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(all.stream()
			.filter(i -> i.cadence().regular() && i.dueOn() != null && i.dueOn().isBefore(schedule.today()))
			.map(ItemView::title)).singleElement().asString().contains("城乡低保发放情况");
		Map<String, ItemView> byTitle = all.stream().collect(Collectors.toMap(ItemView::title, Function.identity()));
		ItemView withPhone = byTitle.values().stream().filter(i -> i.category() == Category.AWARDS).findFirst().orElseThrow();
		assertThat(unit.as("e", () -> disclosure.findings(withPhone.id()))).extracting(PersonalDataFinding::masked)
			.containsExactly("139****2345");

		List<FeedbackView> received = unit.as("e", () -> feedback.ofMyUnit(false));
		assertThat(received).hasSize(3);
		assertThat(received.stream().filter(f -> f.answer() != null)).hasSize(1);

		assertThat(demo.build(unit.username("e"))).isFalse();
	}
}
