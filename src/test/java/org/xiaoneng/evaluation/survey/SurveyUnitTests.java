package org.xiaoneng.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xiaoneng.common.RuleViolationException;

/** The survey and its one-use links, without Spring: the course of 群众评议 as the aggregates guard it. */
class SurveyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

	/** 2027-01-10 10:00 in China. */
	private static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");

	@Test
	void aSurveyCoversAPeriodOfItsYearUpToTodayAndIsAnsweredByALaterDay() {
		Survey survey = yearSurvey();

		assertThat(survey.state()).isEqualTo(SurveyState.DEFINED);
		assertThat(survey.linksExpireAt()).isEqualTo(Instant.parse("2027-01-24T16:00:00Z"));
		assertRefused(() -> Survey.define(2026, 1L, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 5), 10, 1, TODAY
				.plusDays(5), "sup", TODAY), "survey.error.period");
		assertRefused(() -> Survey.define(2027, 1L, LocalDate.of(2027, 1, 1), TODAY.plusDays(1), 10, 1,
				TODAY.plusDays(5), "sup", TODAY), "survey.error.periodNotOver");
		assertRefused(() -> Survey.define(2026, 1L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10, 1, TODAY,
				"sup", TODAY), "survey.error.answerBy");
		assertRefused(() -> Survey.define(2026, 1L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10, 1,
				TODAY.plusDays(91), "sup", TODAY), "survey.error.answerBy");
		assertRefused(() -> Survey.define(2026, 1L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 1,
				TODAY.plusDays(5), "sup", TODAY), "survey.error.perStratum");
	}

	@Test
	void aSurveyIsInvitedOnceAndClosedOnceAfterwards() {
		Survey survey = yearSurvey();
		assertRefused(() -> survey.close(NOW), "survey.error.state");

		survey.open(NOW);
		assertRefused(() -> survey.open(NOW), "survey.error.state");
		survey.close(NOW.plusSeconds(60));

		assertThat(survey.state()).isEqualTo(SurveyState.CLOSED);
		assertThat(survey.closedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aLinkAnswersOnceAndThenSaysItWasUsed() {
		Survey survey = yearSurvey();
		survey.open(NOW);
		SurveyInvitation invitation = new SurveyInvitation(1, 1, new Stratum(1, 10), false);

		invitation.use(survey, NOW.plusSeconds(60));

		assertThat(invitation.used()).isTrue();
		assertRefused(() -> invitation.use(survey, NOW.plusSeconds(120)), "survey.error.link.used");
	}

	@Test
	void aLinkExpiresAfterItsAnswerDayAndWhenTheSurveyCloses() {
		Survey survey = yearSurvey();
		survey.open(NOW);
		SurveyInvitation late = new SurveyInvitation(1, 1, new Stratum(1, 10), false);
		assertRefused(() -> late.use(survey, survey.linksExpireAt()), "survey.error.link.expired");

		survey.close(NOW.plusSeconds(60));
		assertRefused(() -> late.use(survey, NOW.plusSeconds(120)), "survey.error.link.expired");
		assertThat(late.used()).isFalse();
	}

	@Test
	void anAnswerNeedsEveryQuestionBetweenOneAndFive() {
		Map<SurveyQuestion, Integer> scores = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			scores.put(question, 4);
		}
		assertThat(new SurveyAnswer(scores).of(SurveyQuestion.OVERALL)).isEqualTo(4);

		scores.put(SurveyQuestion.ATTITUDE, 6);
		assertRefused(() -> new SurveyAnswer(scores), "survey.error.scoreRange");
		scores.remove(SurveyQuestion.ATTITUDE);
		assertRefused(() -> new SurveyAnswer(scores), "survey.error.unanswered");
	}

	private static Survey yearSurvey() {
		return Survey.define(2026, 1L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10, 42L,
				LocalDate.of(2027, 1, 24), "sup", TODAY);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo(messageKey);
	}
}
