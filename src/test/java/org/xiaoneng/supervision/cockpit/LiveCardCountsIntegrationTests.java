package org.xiaoneng.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The cockpit's "warnings / yellow / red now" come from counts the card table's triggers keep (migration
 * supervision/V41): whatever a statement does to cards — issue them by the thousand, answer, escalate, close, revoke,
 * delete — the counts equal the live cards counted from the table itself.
 */
@IntegrationTest
class LiveCardCountsIntegrationTests {

	@Autowired
	CockpitReadings readings;

	@Autowired
	JdbcClient jdbc;

	/** A unit of its own, its objects numbered from it: no other test's cards count here, nor are these its cases. */
	private final long unit = 800_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);

	/** The region's supervisors read every unit's cards: these are gone before the next test reads any. */
	@AfterEach
	void removeTheCards() {
		jdbc.sql("delete from supervision.card where unit_id = :unit").param("unit", unit).update();
	}

	@Test
	void theLiveCountsFollowEveryChangeToTheCards() {
		cards(3000, "WARNING", "ISSUED");
		cards(500, "RED", "ISSUED");
		assertThat(readings.liveCards(unit)).isEqualTo(counted()).containsEntry(CardColour.WARNING, 3000L);

		change("state = 'ANSWERED'", "colour = 'WARNING' and object_id % 3 = 0");
		change("colour = 'YELLOW'", "colour = 'WARNING' and state = 'ISSUED' and object_id % 3 = 1");
		change("state = 'CLOSED'", "state = 'ANSWERED' and object_id % 2 = 0");
		change("state = 'REVOKED'", "colour = 'RED' and object_id % 5 = 0");
		jdbc.sql("delete from supervision.card where unit_id = :unit and colour = 'RED' and state = 'ISSUED' and object_id % 7 = 0")
			.param("unit", unit)
			.update();

		assertThat(readings.liveCards(unit)).isEqualTo(counted());
		assertThat(readings.liveCards(unit).get(CardColour.YELLOW)).isPositive();
	}

	private void cards(int n, String colour, String state) {
		jdbc.sql("""
				insert into supervision.card (rule_code, rule_version, colour, state, object_type, object_id, object_label,
				  unit_id, holder_level, facts, raised_at, issued_at)
				select case :colour when 'WARNING' then 'CASE_DEADLINE_NEAR' when 'YELLOW' then 'CASE_DUE_TODAY'
				  else 'CASE_OVERDUE' end, 1, :colour, :state, 'CASE', i, 'T-' || i, :unit, 'HANDLER', '', now(), now()
				from generate_series(coalesce((select max(object_id) from supervision.card where unit_id = :unit), :unit) + 1,
				  coalesce((select max(object_id) from supervision.card where unit_id = :unit), :unit) + :n) i""")
			.param("colour", colour)
			.param("state", state)
			.param("unit", unit)
			.param("n", n)
			.update();
	}

	private void change(String set, String where) {
		jdbc.sql("update supervision.card set " + set + " where unit_id = :unit and " + where).param("unit", unit).update();
	}

	private Map<CardColour, Long> counted() {
		Map<CardColour, Long> counts = new EnumMap<>(CardColour.class);
		for (CardColour colour : CardColour.values()) {
			counts.put(colour, jdbc.sql("""
					select count(*) from supervision.card
					where unit_id = :unit and colour = :colour and state in ('ISSUED', 'ANSWERED')""")
				.param("unit", unit)
				.param("colour", colour.name())
				.query(Long.class)
				.single());
		}
		return counts;
	}
}
