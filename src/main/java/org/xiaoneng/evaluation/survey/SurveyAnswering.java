package org.xiaoneng.evaluation.survey;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.ratelimit.RateLimiter;

/**
 * Someone invited opens their link and answers, without signing in. A used or expired link is refused with its
 * reason and changes nothing; every request counts against the address's limit, so that nobody tries tokens.
 */
@Component
class SurveyAnswering {

	/** The rate limiter's bucket of survey pages and answers. */
	static final String BUCKET = "survey-answer";

	private final SurveyInvitations invitations;

	private final Surveys surveys;

	private final SurveyTokens tokens;

	private final Organization organization;

	private final RateLimiter limits;

	private final Clock clock;

	SurveyAnswering(SurveyInvitations invitations, Surveys surveys, SurveyTokens tokens, Organization organization,
			RateLimiter limits, Clock clock) {
		this.invitations = invitations;
		this.surveys = surveys;
		this.tokens = tokens;
		this.organization = organization;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Counts a request against the address's limit, before it is answered and before its transaction opens
	 * (docs/decisions/0048), an unknown token too, so that tokens cannot be tried.
	 *
	 * @throws SurveyAnswersExceededException when the address asked too often
	 */
	void count(String address) {
		if (!limits.attempt(BUCKET, address)) {
			throw new SurveyAnswersExceededException();
		}
	}

	/** The questionnaire of a link, for a request {@link #count counted} before. */
	@Transactional
	Questionnaire questionnaire(String token) {
		SurveyInvitation invitation = answerable(token);
		Survey survey = surveyOf(invitation);
		invitation.requireAnswerable(survey, clock.instant());
		return new Questionnaire(organization.unit(new UnitId(invitation.stratum().unitId())).name(),
				organization.department(new DepartmentId(invitation.stratum().departmentId())).name(), survey.from(), survey.to(),
				survey.answerBy(), List.of(SurveyQuestion.values()));
	}

	/** Answers through a link, for a request {@link #count counted} before. */
	@Transactional
	void answer(String token, Map<SurveyQuestion, Integer> scores) {
		SurveyInvitation invitation = answerable(token);
		invitation.use(surveyOf(invitation), clock.instant());
		SurveyAnswer answer = new SurveyAnswer(scores);
		invitations.save(invitation);
		invitations.addAnswer(invitation.surveyId(), invitation.stratum(), answer);
	}

	private SurveyInvitation answerable(String token) {
		return invitations.lock(tokens.digest(token))
			.orElseThrow(() -> new SurveyLinkException(SurveyLinkException.Reason.UNKNOWN));
	}

	private Survey surveyOf(SurveyInvitation invitation) {
		return surveys.find(invitation.surveyId()).orElseThrow();
	}
}
