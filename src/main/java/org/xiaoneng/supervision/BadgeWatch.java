package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.badge.BadgeIssued;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeWithdrawn;
import org.xiaoneng.badge.UnbadgedWindowStaff;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.ModuleListener;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * 持证上岗制度 (《效能建设工作制度》九): staff on a window post work with a valid duty badge. A card is raised when a badge
 * is taken back or lost while its holder still holds a window post, and by a daily check for the ones never issued
 * or expired; one card per person and day, none while one still waits for review, and a pending one is cancelled once
 * a valid badge is issued.
 */
@Component
class BadgeWatch {

	static final String SWEEP = "supervision.badges";

	private final BadgeOffice badges;

	private final Raising raising;

	private final Cards cards;

	private final Sweeps sweeps;

	private final Clock clock;

	BadgeWatch(BadgeOffice badges, Raising raising, Cards cards, Sweeps sweeps, Clock clock) {
		this.badges = badges;
		this.raising = raising;
		this.cards = cards;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	// after the badge's transaction: a transfer takes the old badge back and issues the new one together, so by now
	// a transferred clerk holds a valid badge again and raises nothing
	@ModuleListener
	void on(BadgeWithdrawn withdrawn) {
		badges.unbadgedWindowStaff(withdrawn.staffId()).ifPresent(this::raise);
	}

	@ModuleListener
	void on(BadgeIssued issued) {
		raising.cancelPendingAbout(ObjectType.STAFF, issued.staffId().value());
	}

	/** Raises the cards of every staff member on a window post without a valid badge today, each in its own transaction. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	SweepCount checkToday() {
		return sweeps.each(SWEEP, badges.unbadgedWindowStaff(), UnbadgedWindowStaff::staffId, this::raise);
	}

	private boolean raise(UnbadgedWindowStaff staff) {
		// a card still waiting for review already says it; the next one comes after it was issued or cancelled
		if (!cards.pendingAbout(ObjectType.STAFF, staff.staffId()).isEmpty()) {
			return false;
		}
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		long day = today.getYear() * 10000L + today.getMonthValue() * 100L + today.getDayOfMonth();
		return raising.raise(Rule.WINDOW_STAFF_WITHOUT_BADGE,
				new CardSubject(ObjectType.STAFF, staff.staffId(), day, staff.postName(), staff.unitId(),
						staff.departmentId()),
				staff.staffId(), Facts.of(today, staff.postName(), staff.lastNumber() == null ? "-" : staff.lastNumber()));
	}
}
