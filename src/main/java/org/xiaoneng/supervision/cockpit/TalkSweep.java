package org.xiaoneng.supervision.cockpit;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.supervision.DepartmentFlaggedForTalk;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day, on one node, compares each unit's rankings of the last two complete months and flags the department
 * last in both for a talk (约谈) with the leader, once; the flag is recorded and published.
 */
@Component
class TalkSweep {

	static final String SWEEP = "supervision-talks";

	private final Cockpit cockpit;

	private final TalkFlags flags;

	private final Organization organization;

	private final Sweeps sweeps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TalkSweep(Cockpit cockpit, TalkFlags flags, Organization organization, Sweeps sweeps,
			ApplicationEventPublisher events, Clock clock) {
		this.cockpit = cockpit;
		this.flags = flags;
		this.organization = organization;
		this.sweeps = sweeps;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "0 20 1 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = SWEEP, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		sweeps.run(SWEEP, this::flagAll);
	}

	SweepCount flagAll() {
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		return sweeps.each(SWEEP, organization.units(), Unit::id, unit -> flag(unit.id(), last));
	}

	boolean flag(long unitId, YearMonth month) {
		var earlier = cockpit.rankingsOf(unitId, month.minusMonths(1)).departments();
		var later = cockpit.rankingsOf(unitId, month).departments();
		return Ranking.lastTwoMonthsRunning(earlier, later).filter(department -> flags.flag(unitId, department, month))
			.map(department -> {
				events.publishEvent(new DepartmentFlaggedForTalk(unitId, department, month));
				return true;
			})
			.orElse(false);
	}
}
