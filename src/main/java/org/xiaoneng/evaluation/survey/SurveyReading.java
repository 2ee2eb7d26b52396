package org.xiaoneng.evaluation.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.evaluation.survey.SurveyEstimate.StratumAnswers;
import org.xiaoneng.evaluation.survey.SurveyReport.DepartmentFigures;
import org.xiaoneng.evaluation.survey.SurveyReport.UnitFigures;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;

/** The surveys a caller runs and a survey's report: every figure with its sample size and margin of error. */
@Component
class SurveyReading {

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final Organization organization;

	SurveyReading(Surveys surveys, SurveyInvitations invitations, Organization organization) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.organization = organization;
	}

	List<SurveySummary> list(Caller caller) {
		SurveyAccess.requireSurveyor(caller);
		return surveys.newest().stream().filter(s -> SurveyAccess.covers(caller, s.unitId())).map(this::summary).toList();
	}

	Survey readable(Caller caller, long surveyId) {
		Survey survey = surveys.find(surveyId).orElseThrow(() -> new SurveyNotFoundException(surveyId));
		SurveyAccess.requireOver(caller, survey);
		return survey;
	}

	SurveySummary summary(Survey s) {
		return new SurveySummary(s.id(), s.year(), s.unitId(),
				s.unitId() == null ? null : organization.unit(new UnitId(s.unitId())).name(), s.from(), s.to(), s.perStratum(),
				s.seed(), s.answerBy(), s.state(), s.definedBy(), s.openedAt(), s.closedAt());
	}

	/** The figures so far (final once closed): by department, by unit over its departments, and for the survey. */
	SurveyReport report(Survey survey) {
		Map<Stratum, List<Integer>> answers = invitations.overallAnswers(survey.idOrNull());
		Map<Long, List<Surveys.StratumSize>> byUnit = new LinkedHashMap<>();
		surveys.strata(survey.idOrNull()).forEach(s -> byUnit.computeIfAbsent(s.stratum().unitId(), u -> new ArrayList<>()).add(s));
		List<UnitFigures> units = new ArrayList<>();
		List<StratumAnswers> all = new ArrayList<>();
		byUnit.forEach((unitId, strata) -> {
			List<StratumAnswers> ofUnit = new ArrayList<>();
			List<DepartmentFigures> departments = new ArrayList<>();
			for (Surveys.StratumSize size : strata) {
				StratumAnswers stratum = new StratumAnswers(size.population(), size.invited(),
						answers.getOrDefault(size.stratum(), List.of()));
				ofUnit.add(stratum);
				departments.add(new DepartmentFigures(size.stratum().departmentId(),
						organization.department(new DepartmentId(size.stratum().departmentId())).name(), size.population(),
						SurveyEstimate.of(stratum)));
			}
			all.addAll(ofUnit);
			units.add(new UnitFigures(unitId, organization.unit(new UnitId(unitId)).name(), SurveyEstimate.of(ofUnit), departments));
		});
		return new SurveyReport(summary(survey), units, SurveyEstimate.of(all));
	}
}
