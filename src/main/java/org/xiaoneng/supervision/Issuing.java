package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** Issues a card (已发): its feedback deadline counted in the unit's working days, its holder told, its event out. */
@Component
class Issuing {

	static final String MODULE = "supervision";

	private final Cards cards;

	private final RuleBook rules;

	private final CardNotices notices;

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	Issuing(Cards cards, RuleBook rules, CardNotices notices, WorkingDayCalendar calendar, Organization organization,
			ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
		this.cards = cards;
		this.rules = rules;
		this.notices = notices;
		this.calendar = calendar;
		this.organization = organization;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Issues the pending card now, within the caller's transaction. */
	@Transactional
	void issue(Card card) {
		issue(card, clock.instant());
	}

	/** Issues the pending card at the instant (the demo's month is issued on its days). */
	@Transactional
	void issue(Card card, Instant at) {
		RuleTerms terms = rules.terms(card.subject().unitId(), card.rule());
		card.issue(workingDaysAfter(card.subject().unitId(), at.atZone(Clocks.BUSINESS_ZONE).toLocalDate(),
				terms.feedbackDays()), at);
		cards.save(card);
		auditLog.record(new AuditEntry(MODULE, "card.issued", String.valueOf(card.idOrNull()), "PENDING",
				card.colour() + " " + card.rule().code() + " v" + card.ruleVersion()));
		card.drainEvents().forEach(events::publishEvent);
		notices.issued(card);
	}

	/** The end of the given number of the unit's working days after the day. */
	LocalDate workingDaysAfter(long unitId, LocalDate day, int days) {
		return workingDaysAfter(organization.unit(new UnitId(unitId)), day, days);
	}

	/** The end of the given number of the unit's working days after the day, for a unit already read. */
	LocalDate workingDaysAfter(Unit unit, LocalDate day, int days) {
		return calendar.deadline(unit.creditCode(), day, days).date();
	}
}
