package org.xiaoneng.supervision.cockpit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.SweepCount;

/**
 * The demo county's rankings as the efficiency office finds them on its first morning: the nightly talk sweep run
 * once over the demo cases' months, so that a department last in its unit two months running is already flagged for
 * a talk (约谈) with the leader, as it would have been on the first night of the month. A flag is recorded once, so a
 * later start flags nothing new.
 */
@Component
@Profile("demo")
class DemoTalks {

	private static final Logger LOG = LoggerFactory.getLogger(DemoTalks.class);

	private final TalkSweep talks;

	DemoTalks(TalkSweep talks) {
		this.talks = talks;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(65)
	void flag() {
		SweepCount flagged = talks.flagAll();
		LOG.info("Demo talks: {} departments flagged for a talk (last two months running)", flagged.done());
	}
}
