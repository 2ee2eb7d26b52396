/**
 * 群众评议 by sampling survey, inside the evaluation module: {@link org.xiaoneng.evaluation.survey.SamplingSurvey} is
 * its facade; the {@link org.xiaoneng.evaluation.survey.Survey} and its one-use
 * {@link org.xiaoneng.evaluation.survey.SurveyInvitation}s guard the course, {@link org.xiaoneng.evaluation.survey.Sampling}
 * draws the sample and {@link org.xiaoneng.evaluation.survey.SurveyEstimate} states the score's margin of error. It
 * hands its closed results to the rest of the module only through the table {@code evaluation.survey_result}.
 */
package org.xiaoneng.evaluation.survey;
