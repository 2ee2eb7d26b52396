package org.xiaoneng.evaluation.survey;

/** The id of a survey. */
public record SurveyId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
