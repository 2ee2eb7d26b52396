package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;

/**
 * 督办: a supervisor presses a card or a case with a written instruction and a deadline; whoever holds it is told at
 * once in their inbox.
 */
@Component
class Pressing {

	private final Cards cards;

	private final Presses presses;

	private final Cases cases;

	private final Holders holders;

	private final Callers callers;

	private final PressNotices notices;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	Pressing(Cards cards, Presses presses, Cases cases, Holders holders, Callers callers, PressNotices notices,
			WorkingDayCalendar calendar, Clock clock) {
		this.cards = cards;
		this.presses = presses;
		this.cases = cases;
		this.holders = holders;
		this.callers = callers;
		this.notices = notices;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional
	PressView pressCard(long cardId, String instruction, LocalDate dueOn) {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		Card card = cards.lock(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
		CardAccess.requireReadable(caller, card);
		return press(caller, cardId, null, card.subject().unitId(), card.subject().departmentId(),
				card.holderStaffId(), card.subject().label(), "/supervision/cards/" + cardId, instruction, dueOn);
	}

	@Transactional
	PressView pressCase(long caseId, String instruction, LocalDate dueOn) {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		CaseFile file = cases.caseFileInScope(caseId);
		Long addressee = file.handlerStaffId() != null ? file.handlerStaffId()
				: holders.at(Responsible.DEPARTMENT_HEAD,
						new CardSubject(ObjectType.CASE, caseId, 0, DeadlineWatch.label(file), file.unitId(),
								file.departmentId()),
						null);
		return press(caller, null, caseId, file.unitId(), file.departmentId(), addressee, DeadlineWatch.label(file),
				"/cases/" + caseId, instruction, dueOn);
	}

	private PressView press(Caller caller, Long cardId, Long caseId, long unitId, Long departmentId, Long addressee,
			String label, String link, String instruction, LocalDate dueOn) {
		String text = WrittenTextRequiredException.require(instruction, "instruction");
		LocalDate today = calendar.today();
		if (dueOn == null || dueOn.isBefore(today)) {
			throw new PressDeadlineInvalidException(today);
		}
		PressView press = presses.add(new PressView(0, cardId, caseId, unitId, departmentId, addressee, text, dueOn,
				caller.name(), clock.instant()));
		notices.issued(press, label, link);
		return press;
	}
}
