package org.xiaoneng.evaluation.survey;

import java.util.Locale;

import org.xiaoneng.common.RuleViolationException;

/**
 * A survey link that cannot be answered: unknown, used already, or expired (past its day, or the survey closed). The
 * page says which and changes nothing; a used link tells nothing of the answer given through it.
 */
class SurveyLinkException extends RuleViolationException {

	enum Reason {
		UNKNOWN, USED, EXPIRED
	}

	SurveyLinkException(Reason reason) {
		super(reason == Reason.UNKNOWN ? Kind.NOT_FOUND : Kind.CONFLICT,
				"survey.error.link." + reason.name().toLowerCase(Locale.ROOT));
	}
}
