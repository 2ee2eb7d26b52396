package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * A monthly item not published by the end of its month (政府信息公开条例 第二十六条, rule 十 of the source text) raises
 * one supervision card, DISCLOSURE_ITEM_OVERDUE, to the editor who drafted it, once for its due day however often the
 * nightly sweep runs.
 */
@IntegrationTest
class OverdueItemCardIntegrationTests {

	@Autowired
	Disclosure disclosure;

	// the sweep's work without its cluster lock, which would skip a second run within 30 seconds
	@Autowired
	ItemPublishing sweep;

	@Autowired
	Organization organization;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Instant before;

	private Instant startedAt;

	record CardRow(String rule, String colour, long part, Long holder, String state) {
	}

	@AfterEach
	void putTheClockBackAndTheCardsAway() {
		clock.set(before);
		// the sweep raised the overdue items of other tests' units too: their cards go with this test's
		jdbc.sql("""
				delete from supervision.pending_sms where card_id in (select id from supervision.card
				  where object_type = 'DISCLOSURE_ITEM' and raised_at >= :since)""")
			.param("since", Timestamp.from(startedAt))
			.update();
		jdbc.sql("delete from supervision.card where object_type = 'DISCLOSURE_ITEM' and raised_at >= :since")
			.param("since", Timestamp.from(startedAt))
			.update();
	}

	@Test
	void aMonthlyItemNotPublishedByTheEndOfItsMonthRaisesOneCardToItsEditor() {
		before = clock.instant();
		DisclosureUnit unit = new DisclosureUnit(organization);
		// drafted on 10 March 2026: a monthly item falls due on the month's last day, Tuesday 31 March
		clock.set(at(LocalDateTime.of(2026, 3, 10, 9, 0)));
		startedAt = clock.instant();
		ItemView item = unit.as("e", () -> disclosure.draft(new ItemDraft(Category.FEES_AND_FINES, Cadence.MONTHLY,
				"2026年3月行政事业性收费情况", "本月收费明细见附表。", null, null)));
		assertThat(item.dueOn()).isEqualTo("2026-03-31");

		sweep.raiseOverdue();
		settle();
		assertThat(cards(item)).as("not yet due").isEmpty();

		clock.set(at(LocalDateTime.of(2026, 4, 1, 0, 30)));
		sweep.raiseOverdue();
		sweep.raiseOverdue();
		settle();

		assertThat(cards(item)).containsExactly(
				new CardRow("DISCLOSURE_ITEM_OVERDUE", "YELLOW", 20260331L, unit.editor.id(), "ISSUED"));
	}

	private List<CardRow> cards(ItemView item) {
		return jdbc.sql("""
				select rule_code, colour, object_part, holder_staff_id, state from supervision.card
				where object_type = 'DISCLOSURE_ITEM' and object_id = :id""")
			.param("id", item.id().value())
			.query((rs, n) -> new CardRow(rs.getString(1), rs.getString(2), rs.getLong(3),
					(Long) rs.getObject(4, Long.class), rs.getString(5)))
			.list();
	}

	private static Instant at(LocalDateTime time) {
		return time.atZone(Clocks.BUSINESS_ZONE).toInstant();
	}

	private void settle() {
		assertThat(listeners.await(Duration.ofSeconds(20))).as("listeners at rest").isTrue();
	}
}
