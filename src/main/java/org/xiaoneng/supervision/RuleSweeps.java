package org.xiaoneng.supervision;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

/**
 * The sweeps of the rules watched besides case deadlines, each on one node of the cluster per trigger (decision
 * 0006): steps and rectifications past their limits, last month's service commitments, and window staff without a
 * valid badge.
 */
@Component
class RuleSweeps {

	private final LimitWatch limits;

	private final CommitmentWatch commitments;

	private final Sweeps sweeps;

	private final BadgeWatch badges;

	RuleSweeps(LimitWatch limits, CommitmentWatch commitments, BadgeWatch badges, Sweeps sweeps) {
		this.limits = limits;
		this.commitments = commitments;
		this.badges = badges;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 20 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = LimitWatch.SWEEP, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void limits() {
		sweeps.run(LimitWatch.SWEEP, limits::raisePassed);
	}

	// daily, not only on the 1st: a unit is measured once per month, and a missed 1st is caught up the next day
	@Scheduled(cron = "0 40 1 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = CommitmentWatch.SWEEP, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void commitments() {
		sweeps.run(CommitmentWatch.SWEEP, commitments::checkLastMonth);
	}

	// before the windows open, so that a clerk without a badge is known on the day
	@Scheduled(cron = "0 10 7 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = BadgeWatch.SWEEP, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void badges() {
		sweeps.run(BadgeWatch.SWEEP, badges::checkToday);
	}
}
