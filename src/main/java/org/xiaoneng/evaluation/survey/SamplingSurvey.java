package org.xiaoneng.evaluation.survey;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Callers;

/**
 * 群众评议 by sampling survey (rule 八 of the source text: departments evaluated partly by the public): supervisors
 * define a survey of a unit or the region for a period of the year, invite a reproducible stratified random sample of
 * the period's applicants and visitors by text message, read each department's and unit's score with its sample size,
 * response rate and 95 % margin of error, and close it, which hands the figures to the year's evaluation through
 * {@code evaluation.survey_result}. The people invited answer on the portal through a one-use link, anonymously.
 * 好差评 ratings are a separate, continuous input, not part of the survey.
 */
@Service
public class SamplingSurvey {

	private final Callers callers;

	private final SurveyDefining defining;

	private final SurveyInviting inviting;

	private final SurveyAnswering answering;

	private final SurveyClosing closing;

	private final SurveyReading reading;

	SamplingSurvey(Callers callers, SurveyDefining defining, SurveyInviting inviting, SurveyAnswering answering,
			SurveyClosing closing, SurveyReading reading) {
		this.callers = callers;
		this.defining = defining;
		this.inviting = inviting;
		this.answering = answering;
		this.closing = closing;
		this.reading = reading;
	}

	/** The surveys of the caller's scope, newest first. */
	@Transactional(readOnly = true)
	public List<SurveySummary> surveys() {
		return reading.list(callers.current());
	}

	/** A survey's figures so far, final once it is closed. */
	@Transactional(readOnly = true)
	public SurveyReport report(SurveyId id) {
		return reading.report(reading.readable(callers.current(), id.value()));
	}

	/** Defines a survey; its seed is recorded, drawn at random when the request names none. */
	@Transactional
	public SurveySummary define(NewSurvey survey) {
		return reading.summary(defining.define(callers.current(), survey));
	}

	/** Draws the sample and invites everyone drawn by text message (held to office hours); the survey opens. */
	@Transactional
	public SurveySummary invite(SurveyId id) {
		return reading.summary(inviting.invite(callers.current(), id.value()).survey());
	}

	/** Invites as {@link #invite(SurveyId)} does and gives the links' tokens to the demo loader, which answers some. */
	@Transactional
	List<String> inviteForDemo(SurveyId id) {
		return inviting.invite(callers.current(), id.value()).tokens();
	}

	/** Closes the survey and writes each answered department's result for the year's evaluation. */
	@Transactional
	public SurveySummary close(SurveyId id) {
		return reading.summary(closing.close(callers.current(), id.value()));
	}

	/**
	 * The survey page of a link, for anyone holding it; the request counts against the address's limit before it
	 * opens its transaction (docs/decisions/0048), so it refuses to run inside one.
	 *
	 * @throws SurveyLinkException when the link is unknown, used or expired
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Questionnaire questionnaire(String token, String address) {
		answering.count(address);
		return answering.questionnaire(token);
	}

	/**
	 * Answers through a link, once; a used or expired link, or an unanswered question, changes nothing.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void answer(String token, Map<SurveyQuestion, Integer> scores, String address) {
		answering.count(address);
		answering.answer(token, scores);
	}
}
