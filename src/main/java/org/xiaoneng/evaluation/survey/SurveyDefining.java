package org.xiaoneng.evaluation.survey;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** A supervisor defines a survey of a unit (or the region) for a year's period: nothing is sent yet. */
@Component
class SurveyDefining {

	private final Surveys surveys;

	private final Organization organization;

	private final SurveyTokens tokens;

	private final AuditLog auditLog;

	private final Clock clock;

	SurveyDefining(Surveys surveys, Organization organization, SurveyTokens tokens, AuditLog auditLog, Clock clock) {
		this.surveys = surveys;
		this.organization = organization;
		this.tokens = tokens;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	Survey define(Caller caller, NewSurvey request) {
		SurveyAccess.requireSurveyor(caller);
		if (request.unitId() != null) {
			organization.unit(new UnitId(request.unitId())); // an unknown unit is refused by its own message
		}
		if (!SurveyAccess.covers(caller, request.unitId())) {
			throw new SurveyNotFoundException(request.unitId());
		}
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		long seed = request.seed() == null ? tokens.newSeed() : request.seed();
		Survey survey = Survey.define(request.year(), request.unitId(), request.from(), request.to(),
				request.perStratum(), seed, request.answerBy(), caller.name(), today);
		surveys.add(survey, clock.instant());
		auditLog.record(new AuditEntry("evaluation", "survey.defined", String.valueOf(survey.idOrNull()), null,
				"year=" + survey.year() + " unit=" + survey.unitId() + " period=" + survey.from() + ".." + survey.to()
						+ " perStratum=" + survey.perStratum() + " seed=" + seed));
		return survey;
	}
}
