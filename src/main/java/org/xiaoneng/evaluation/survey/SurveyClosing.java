package org.xiaoneng.evaluation.survey;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The survey is closed: no link works any more, and each department that answered gets its score with sample size,
 * responses and margin of error in {@code evaluation.survey_result}, the public (群众评议) input of the year's
 * evaluation. A department nobody answered for gets no row: it has no public figure, rather than a figure of zero.
 */
@Component
class SurveyClosing {

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final AuditLog auditLog;

	private final Clock clock;

	SurveyClosing(Surveys surveys, SurveyInvitations invitations, AuditLog auditLog, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	Survey close(Caller caller, long surveyId) {
		Survey survey = surveys.lock(surveyId).orElseThrow(() -> new SurveyNotFoundException(surveyId));
		SurveyAccess.requireOver(caller, survey);
		survey.close(clock.instant());
		surveys.save(survey);
		Map<Stratum, List<Integer>> answers = invitations.overallAnswers(surveyId);
		Map<Stratum, SurveyEstimate> answered = new TreeMap<>();
		for (Surveys.StratumSize size : surveys.strata(surveyId)) {
			List<Integer> overall = answers.getOrDefault(size.stratum(), List.of());
			if (!overall.isEmpty()) {
				answered.put(size.stratum(), SurveyEstimate
					.of(new SurveyEstimate.StratumAnswers(size.population(), size.invited(), overall)));
			}
		}
		surveys.writeResults(survey, answered);
		auditLog.record(new AuditEntry("evaluation", "survey.closed", String.valueOf(surveyId),
				SurveyState.OPEN.name(), SurveyState.CLOSED.name() + " departments=" + answered.size()));
		return survey;
	}
}
