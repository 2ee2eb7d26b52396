package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * The applicant rates a completed case once (好差评); 不满意 or worse opens a rectification (核实整改) for the head of
 * the handler's department, due in the configured working days, and tells the head.
 */
@Component
class Rating {

	private final CaseFiles cases;

	private final CaseRatings ratings;

	private final CaseJournal journal;

	private final UnitCalendars calendars;

	private final Organization organization;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final CaseworkSettings settings;

	Rating(CaseFiles cases, CaseRatings ratings, CaseJournal journal, UnitCalendars calendars,
			Organization organization, Notifications notifications, ApplicationEventPublisher events,
			CaseworkSettings settings) {
		this.cases = cases;
		this.ratings = ratings;
		this.journal = journal;
		this.calendars = calendars;
		this.organization = organization;
		this.notifications = notifications;
		this.events = events;
		this.settings = settings;
	}

	/** A case is rated once it is done: completed or delivered. */
	static boolean rateable(Case c) {
		return c.state() == CaseState.COMPLETED || c.state() == CaseState.DELIVERED;
	}

	void rate(long caseId, NewRating rating, Instant at) {
		Case c = cases.lock(caseId);
		if (!rateable(c)) {
			throw new CaseRuleException("casework.rating.notRateable");
		}
		if (ratings.rated(caseId)) {
			throw new CaseRuleException("casework.rating.twice");
		}
		for (int score : new int[] { rating.overall(), rating.efficiency(), rating.serviceLevel(), rating.attitude() }) {
			if (score < 1 || score > 5) {
				throw new SubmissionInvalidException("casework.rating.scoreInvalid");
			}
		}
		LocalDate today = calendars.dateOf(at);
		long department = handlerDepartment(c);
		ratings.add(caseId, c.unitId(), department, rating, today, at);
		journal.record(caseId, "applicant", at, "rated", String.valueOf(rating.overall()));
		events.publishEvent(new CaseRated(caseId, c.unitId(), department, rating.overall(), today));
		if (rating.bad()) {
			openRectification(c, department, today, at);
		}
	}

	private void openRectification(Case c, long department, LocalDate today, Instant at) {
		Long head = organization.authorityOver(new DepartmentId(department), DecisionLevel.DEPARTMENT_HEAD).map(StaffMember::id).orElse(null);
		LocalDate due = calendars.deadline(c.unitId(), today, settings.rectificationWorkingDays());
		long id = ratings.openRectification(c.id(), c.unitId(), department, head, today, due);
		journal.found(c.id(), at, "rectification-opened", String.valueOf(due));
		events.publishEvent(new RectificationOpened(id, c.id(), c.unitId(), department, head, due));
		if (head != null) {
			String username = organization.staffMember(new StaffId(head)).username();
			if (username != null) {
				notifications.send(Notification.inApp(username, "差评核实整改", c.caseNumber() + " " + c.itemName()
						+ " 收到差评，请于" + due + "前核实整改并回访", "/cases/rectifications")
					.withIdempotencyKey("casework:" + c.id() + ":rectification"));
			}
		}
	}

	/** The department that did the work: the open step's, else the last step's, else the case's. */
	private static long handlerDepartment(Case c) {
		if (c.current().departmentId() != null) {
			return c.current().departmentId();
		}
		return c.steps()
			.stream()
			.reduce((first, second) -> second)
			.map(Step::departmentId)
			.orElse(c.departmentId());
	}

	/** The unit's ratings of a period as the exchange with the national platform carries them. */
	List<RatingExchange> forExchange(long unitId, LocalDate from, LocalDate toInclusive) {
		return ratings.forExchange(unitId, from, toInclusive);
	}
}
