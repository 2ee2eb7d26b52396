package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;

/** What only the database can prove about cards: one per rule and object, however often the signal comes. */
@IntegrationTest
class CardsIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	@Autowired
	Cards cards;

	@Test
	void aRuleRaisesOneCardPerObjectHoweverOftenItsSignalArrives() {
		long objectId = System.nanoTime();
		CardSubject subject = new CardSubject(ObjectType.CASE, objectId, 0, "县发改〔2026〕1号", 1, 2L);

		Card first = Card.raise(Rule.CASE_OVERDUE, 1, subject, 11L, "逾期", NOW);
		Card again = Card.raise(Rule.CASE_OVERDUE, 1, subject, 11L, "逾期", NOW);
		Card otherRule = Card.raise(Rule.CASE_DUE_TODAY, 1, subject, 11L, "今日到期", NOW);

		assertThat(cards.raiseOnce(first)).isTrue();
		assertThat(cards.raiseOnce(again)).isFalse();
		assertThat(cards.raiseOnce(otherRule)).isTrue();
		assertThat(cards.pendingAbout(ObjectType.CASE, objectId)).containsExactlyInAnyOrder(first.idOrNull(),
				otherRule.idOrNull());
	}
}
