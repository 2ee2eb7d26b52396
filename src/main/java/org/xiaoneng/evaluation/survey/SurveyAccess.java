package org.xiaoneng.evaluation.survey;

import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.organization.Caller;

/**
 * Who runs surveys: supervisors (效能办, who also run the evaluation) and the system, over the units of their scope; a
 * region-wide survey only for whoever sees the whole region. A survey outside the caller's scope is not found
 * (docs/decisions/0004).
 */
final class SurveyAccess {

	private SurveyAccess() {
	}

	static void requireSurveyor(Caller caller) {
		if (!caller.hasRole("SUPERVISOR") && !caller.isSystem()) {
			throw new AccessDeniedException("SUPERVISOR");
		}
	}

	static boolean covers(Caller caller, Long unitId) {
		return unitId == null ? caller.scope().wholeRegion() : caller.scope().wholeRegion()
				|| caller.scope().unitIds().contains(unitId);
	}

	/** The survey, when the caller runs surveys and it is of their scope. */
	static void requireOver(Caller caller, Survey survey) {
		requireSurveyor(caller);
		if (!covers(caller, survey.unitId())) {
			throw new SurveyNotFoundException(survey.idOrNull());
		}
	}
}
