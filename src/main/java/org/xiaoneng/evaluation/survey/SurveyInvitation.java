package org.xiaoneng.evaluation.survey;

import java.time.Instant;

/**
 * One person's invitation: a one-use link, known to the platform only by the SM3 digest of its token, for a stratum.
 * It records that it was used, never when nor what was answered (the answers are stored apart, without the
 * invitation), so that answers are anonymous to staff.
 */
class SurveyInvitation {

	private final long id;

	private final long surveyId;

	private final Stratum stratum;

	private boolean used;

	SurveyInvitation(long id, long surveyId, Stratum stratum, boolean used) {
		this.id = id;
		this.surveyId = surveyId;
		this.stratum = stratum;
		this.used = used;
	}

	/**
	 * Uses the link for an answer.
	 *
	 * @throws SurveyLinkException when the link was used, or the survey no longer takes answers
	 */
	void use(Survey survey, Instant now) {
		requireAnswerable(survey, now);
		used = true;
	}

	/** Refuses a link that cannot be answered now, before the page shows the questions. */
	void requireAnswerable(Survey survey, Instant now) {
		if (used) {
			throw new SurveyLinkException(SurveyLinkException.Reason.USED);
		}
		if (!survey.takesAnswersAt(now)) {
			throw new SurveyLinkException(SurveyLinkException.Reason.EXPIRED);
		}
	}

	long id() {
		return id;
	}

	long surveyId() {
		return surveyId;
	}

	Stratum stratum() {
		return stratum;
	}

	boolean used() {
		return used;
	}
}
