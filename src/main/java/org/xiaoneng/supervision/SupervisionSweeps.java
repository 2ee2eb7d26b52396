package org.xiaoneng.supervision;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

/**
 * The module's sweeps, each on one node of the cluster per trigger (decision 0006): deadlines classified and their
 * cards raised, missed feedback escalated, and text messages that waited for office hours sent.
 */
@Component
class SupervisionSweeps {

	private final DeadlineWatch deadlines;

	private final Escalating escalating;

	private final CardTexts texts;

	private final Sweeps sweeps;

	SupervisionSweeps(DeadlineWatch deadlines, Escalating escalating, CardTexts texts, Sweeps sweeps) {
		this.deadlines = deadlines;
		this.escalating = escalating;
		this.texts = texts;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 */10 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = DeadlineWatch.SWEEP, lockAtMostFor = "PT10M", lockAtLeastFor = "PT4M")
	void deadlines() {
		sweeps.run(DeadlineWatch.SWEEP, deadlines::classifyAndRaise);
	}

	@Scheduled(cron = "0 5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = Escalating.SWEEP, lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
	void feedback() {
		sweeps.run(Escalating.SWEEP, escalating::escalateMissedFeedback);
	}

	@Scheduled(cron = "0 */5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = CardTexts.SWEEP, lockAtMostFor = "PT5M", lockAtLeastFor = "PT2M")
	void texts() {
		sweeps.run(CardTexts.SWEEP, texts::sendWaiting);
	}
}
