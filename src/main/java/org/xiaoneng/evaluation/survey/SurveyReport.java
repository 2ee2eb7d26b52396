package org.xiaoneng.evaluation.survey;

import java.util.List;

/**
 * A survey's figures: each department's and each unit's score with its sample size, responses, response rate and
 * 95 % margin of error, and the survey's as a whole. The method is stated on the page: stratified random sample by
 * department, normal approximation with the finite-population correction ({@link SurveyEstimate}).
 *
 * @param survey the survey
 * @param units each unit surveyed with its departments, in unit order
 * @param total the survey's whole sample
 */
public record SurveyReport(SurveySummary survey, List<UnitFigures> units, SurveyEstimate total) {

	/** A unit's figures and its departments'. */
	public record UnitFigures(long unitId, String unitName, SurveyEstimate estimate, List<DepartmentFigures> departments) {
	}

	/**
	 * A department's figures.
	 *
	 * @param population the distinct people it served in the period, among whom the sample was drawn
	 */
	public record DepartmentFigures(long departmentId, String departmentName, int population,
			SurveyEstimate estimate) {
	}
}
