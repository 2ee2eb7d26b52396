package org.xiaoneng.evaluation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The evaluation team publishes the year's graded results, the 优秀 list among them, for objections during at least
 * 5 working days of each unit's calendar; once that is over, it makes the results final that may be.
 */
@Component
class Publishing {

	private final Results results;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final EvaluationSettings settings;

	private final AuditLog auditLog;

	private final Clock clock;

	Publishing(Results results, Organization organization, WorkingDayCalendar calendar, EvaluationSettings settings,
			AuditLog auditLog, Clock clock) {
		this.results = results;
		this.organization = organization;
		this.calendar = calendar;
		this.settings = settings;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Publishes every computed result of the year; the number published. */
	@Transactional
	int publish(Caller caller, int year) {
		EvaluationAccess.requireTeam(caller);
		LocalDate today = LocalDate.now(clock);
		int published = 0;
		for (ObjectType type : ObjectType.values()) {
			for (Result result : results.lockYear(year, type)) {
				if (result.state() == ResultState.COMPUTED) {
					String unitCode = organization.unit(new UnitId(result.unitId())).creditCode();
					result.publish(today, calendar.deadline(unitCode, today, settings.objectionWorkingDays()).date());
					results.save(result);
					published++;
				}
			}
		}
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "year.published", String.valueOf(year), null,
				published + " results"));
		return published;
	}

	/** Makes one result final: its objection period over, a dispute answered, a failing department checked. */
	@Transactional
	Result finalise(Caller caller, long id) {
		EvaluationAccess.requireTeam(caller);
		Result result = results.lock(id).orElseThrow(() -> new ResultNotFoundException(id));
		result.finalise(LocalDate.now(clock));
		results.save(result);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "result.final", String.valueOf(id), null,
				String.valueOf(result.grade())));
		return result;
	}
}
