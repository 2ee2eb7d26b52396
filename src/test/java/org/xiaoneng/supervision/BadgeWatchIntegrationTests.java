package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.badge.BadgeUnit.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeUnit;
import org.xiaoneng.badge.BadgeView;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * 持证上岗制度 (《效能建设工作制度》九) as supervision sees it: staff at work on a window post without a valid badge
 * raise WINDOW_STAFF_WITHOUT_BADGE, from the badge taken back and from the daily check, once per person and day, and
 * a card still pending is cancelled when a valid badge is issued.
 */
@IntegrationTest
class BadgeWatchIntegrationTests {

	@Autowired
	BadgeOffice badges;

	@Autowired
	BadgeWatch watch;

	@Autowired
	Organization organization;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWindowClerksBadgeTakenBackRaisesOnePendingCardThatTheNextBadgeCancels() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("收回证");
		BadgeView badge = issued(clerk);
		settle();
		assertThat(cards(clerk)).isEmpty();

		admin(() -> badges.revoke(badge.id(), "违规佩戴"));
		settle();
		assertThat(cards(clerk)).containsExactly(new CardRow("PENDING", day(), "登记窗口"));

		watch.checkToday();
		assertThat(cards(clerk)).hasSize(1);

		issued(clerk);
		settle();
		assertThat(cards(clerk)).containsExactly(new CardRow("CANCELLED", day(), "登记窗口"));
	}

	@Test
	void theDailyCheckRaisesOneCardForAWindowClerkNeverIssuedABadgeEvenWhenTwoNodesRunItAtOnce() throws Exception {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("未发证");
		StaffMember backOffice = unit.join("内勤", Employment.ESTABLISHED, null, null);
		StaffMember badged = unit.windowClerk("已持证");
		issued(badged);
		settle();

		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Void>> nodes = List.of(1, 2).stream().map(node -> CompletableFuture.runAsync(() -> {
			try {
				together.await();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			watch.checkToday();
		})).toList();
		CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get();
		watch.checkToday();

		assertThat(cards(clerk)).containsExactly(new CardRow("PENDING", day(), "登记窗口"));
		assertThat(cards(backOffice)).isEmpty();
		assertThat(cards(badged)).isEmpty();
	}

	@Test
	void aTransferredWindowClerkGetsTheNewBadgeAtOnceAndNoCard() {
		BadgeUnit unit = new BadgeUnit(organization);
		StaffMember clerk = unit.windowClerk("调岗");
		issued(clerk);
		settle();

		admin(() -> organization.transfer(new StaffId(clerk.id()), new DepartmentId(unit.enforcement.id())));
		settle();

		assertThat(badges.numberOf(new StaffId(clerk.id()))).isPresent();
		assertThat(cards(clerk)).isEmpty();
	}

	record CardRow(String state, long part, String label) {
	}

	private List<CardRow> cards(StaffMember staff) {
		return jdbc.sql("""
				select state, object_part, object_label from supervision.card
				where rule_code = 'WINDOW_STAFF_WITHOUT_BADGE' and object_type = 'STAFF' and object_id = :id""")
			.param("id", staff.id())
			.query((rs, n) -> new CardRow(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	private BadgeView issued(StaffMember staff) {
		settle();
		return admin(() -> badges.issue(new StaffId(staff.id()), ""));
	}

	private long day() {
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		return today.getYear() * 10000L + today.getMonthValue() * 100L + today.getDayOfMonth();
	}

	private void settle() {
		assertThat(listeners.await(Duration.ofSeconds(20))).as("listeners at rest").isTrue();
	}
}
