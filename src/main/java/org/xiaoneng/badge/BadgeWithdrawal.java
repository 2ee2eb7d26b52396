package org.xiaoneng.badge;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.badge.BadgeTask.Kind;
import org.xiaoneng.badge.BadgeTask.State;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffLeft;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffTransferred;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 收回上岗证 (rule 九.四): a transfer takes the badge back and reissues one for the new place; a departure takes it back
 * and cancels a pending issue; the office takes one back by its own decision; a reported loss voids the badge at once
 * and reissues under a new number. Every card taken back opens a return task until it is handed in.
 */
@Component
class BadgeWithdrawal {

	private final Badges badges;

	private final BadgeHistory history;

	private final BadgeTasks tasks;

	private final BadgeIssuing issuing;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	BadgeWithdrawal(Badges badges, BadgeHistory history, BadgeTasks tasks, BadgeIssuing issuing,
			Organization organization, ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
		this.badges = badges;
		this.history = history;
		this.tasks = tasks;
		this.issuing = issuing;
		this.organization = organization;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A transfer: the old badge is taken back (a return task), a new one issued with the new unit, department and post. */
	@Transactional
	void staffTransferred(StaffTransferred transferred) {
		badges.lockValidOf(new StaffId(transferred.staffId())).ifPresent(old -> {
			takeBack(old, "TRANSFERRED", "system");
			replace(old, organization.staffMember(new StaffId(transferred.staffId())), IssueReason.REISSUE_CHANGE, "system");
		});
	}

	/** A departure: the badge is taken back (a return task), a pending issue task cancelled. */
	@Transactional
	void staffLeft(StaffLeft left) {
		badges.lockValidOf(new StaffId(left.staffId())).ifPresent(badge -> takeBack(badge, "LEFT", "system"));
		tasks.closeOpenIssue(left.staffId(), State.CANCELLED, null, "system", today());
	}

	/** The office takes a valid badge back by its own decision, with a note why. */
	@Transactional
	Badge revoke(long badgeId, String note, Caller caller) {
		BadgeAccess.requireOffice(caller);
		Badge badge = badges.lock(badgeId).orElseThrow(() -> new BadgeNotFoundException(badgeId));
		takeBack(badge, "REVOKED", caller.name());
		if (note != null && !note.isBlank()) {
			history.record(badgeId, "NOTE", note.strip(), caller.name(), clock.instant());
		}
		return badge;
	}

	/**
	 * The holder reported the badge lost (挂失): it is void at once and a replacement under a new number is issued.
	 *
	 * @return the replacement, or the voided badge when its holder is no longer due one
	 */
	@Transactional
	Badge reportLoss(long badgeId, Caller caller) {
		BadgeAccess.requireOffice(caller);
		Badge lost = badges.lock(badgeId).orElseThrow(() -> new BadgeNotFoundException(badgeId));
		lost.reportLost(today());
		badges.save(lost);
		history.record(badgeId, "LOST", null, caller.name(), clock.instant());
		lost.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(BadgeIssuing.MODULE, "badge.lost", String.valueOf(badgeId), "VALID", "LOST"));
		Badge replacement = replace(lost, organization.staffMember(lost.staffId()), IssueReason.REISSUE_LOSS,
				caller.name());
		return replacement == null ? lost : replacement;
	}

	/** The office received a card back: the return task is done. */
	@Transactional
	void cardReturned(long taskId, Caller caller) {
		BadgeAccess.requireOffice(caller);
		BadgeTask task = tasks.lock(taskId).orElseThrow(() -> new BadgeNotFoundException(taskId));
		if (task.kind() != Kind.RETURN || task.state() != State.OPEN) {
			throw new BadgeTaskClosedException(taskId);
		}
		tasks.close(taskId, State.DONE, null, caller.name(), today());
		history.record(task.badgeId(), "RETURNED", null, caller.name(), clock.instant());
		auditLog.record(new AuditEntry(BadgeIssuing.MODULE, "badge.returned", String.valueOf(task.badgeId()), null,
				"task " + taskId));
	}

	private void takeBack(Badge badge, String why, String by) {
		badge.revoke(today());
		badges.save(badge);
		history.record(badge.idOrNull(), "REVOKED", why, by, clock.instant());
		BadgeHolder holder = badge.holder();
		tasks.open(Kind.RETURN, badge.staffId().value(), holder.name(), badge.unitId().value(),
				badge.departmentId().value(), why, badge.idOrNull(), State.OPEN, null, today());
		badge.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(BadgeIssuing.MODULE, "badge.revoked", String.valueOf(badge.idOrNull()), "VALID",
				"REVOKED " + why));
	}

	private Badge replace(Badge old, StaffMember staff, IssueReason reason, String by) {
		Badge replacement = issuing.reissue(staff, reason, by);
		if (replacement != null) {
			badges.markReplaced(old.idOrNull(), replacement.idOrNull());
		}
		return replacement;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}
}
