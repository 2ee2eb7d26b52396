package org.xiaoneng.evaluation.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.evaluation.survey.NewSurvey;
import org.xiaoneng.evaluation.survey.SamplingSurvey;
import org.xiaoneng.evaluation.survey.SurveyId;
import org.xiaoneng.evaluation.survey.SurveyReport;
import org.xiaoneng.evaluation.survey.SurveySummary;

/**
 * 群众评议 by sampling survey for integrations: supervisors define a survey, invite its sample, read its report with
 * each score's sample size, response rate and 95 % margin of error, and close it.
 */
@RestController
@RequestMapping("/api/v1/evaluation/surveys")
@Tag(name = "Evaluation surveys", description = "群众评议: the public's sampling survey of a unit or the region")
@PreAuthorize("hasRole('SUPERVISOR')")
class SurveyApiController {

	private final SamplingSurvey surveys;

	SurveyApiController(SamplingSurvey surveys) {
		this.surveys = surveys;
	}

	/**
	 * A survey to define.
	 *
	 * @param unitId the unit surveyed; none for the whole region
	 * @param seed the seed of the draw; none for a random one, recorded all the same
	 */
	record SurveyRequest(@NotNull Integer year, Long unitId, @NotNull LocalDate from, @NotNull LocalDate to,
			@NotNull Integer perStratum, Long seed, @NotNull LocalDate answerBy) {
	}

	@GetMapping
	@Operation(summary = "The surveys of the caller's scope, newest first")
	List<SurveySummary> surveys() {
		return surveys.surveys();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Defines a survey of a unit (or the region) for a period of the year; nothing is sent yet")
	SurveySummary define(@Valid @RequestBody SurveyRequest request) {
		return surveys.define(new NewSurvey(request.year(), request.unitId(), request.from(), request.to(),
				request.perStratum(), request.seed(), request.answerBy()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "The survey's figures by department and unit: score, sample size, responses, response rate "
			+ "and 95 % margin of error (stratified sample, normal approximation with finite-population correction)")
	SurveyReport report(@PathVariable long id) {
		return surveys.report(new SurveyId(id));
	}

	@PostMapping("/{id}/invitations")
	@Operation(summary = "Draws the sample from the survey's seed and invites everyone drawn by text message")
	SurveySummary invite(@PathVariable long id) {
		return surveys.invite(new SurveyId(id));
	}

	@PostMapping("/{id}/closing")
	@Operation(summary = "Closes the survey and writes each answered department's result for the year's evaluation")
	SurveySummary close(@PathVariable long id) {
		return surveys.close(new SurveyId(id));
	}
}
