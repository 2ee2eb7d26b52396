package org.xiaoneng.evaluation.survey;

/** Where a survey stands: defined, open for answers once the sample is invited, closed with its results written. */
public enum SurveyState {

	DEFINED, OPEN, CLOSED
}
