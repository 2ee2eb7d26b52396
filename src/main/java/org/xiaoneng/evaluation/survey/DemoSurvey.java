package org.xiaoneng.evaluation.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.organization.ActingAs;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's public survey: the demo supervisor surveys the handler's unit over the year so far, 30 people per
 * department from seed 2026; two in three of those invited answer through their links (the public's scores drawn from
 * the same seed, mostly satisfied), and the survey is closed, so that its report shows every department's margin of
 * error and the year's evaluation has its public input. Runs once, after the other demo loaders.
 */
@Component
@Profile("demo")
class DemoSurvey {

	private static final Logger LOG = LoggerFactory.getLogger(DemoSurvey.class);

	private static final long SEED = 2026;

	private static final int PER_DEPARTMENT = 30;

	/** How the demo's public answers overall satisfaction: mostly 4 and 5, a few 3, rarely lower. */
	private static final int[] OVERALL = { 5, 5, 5, 4, 4, 4, 4, 3, 3, 2 };

	private final SamplingSurvey surveys;

	private final Surveys stored;

	private final Organization organization;

	private final Clock clock;

	DemoSurvey(SamplingSurvey surveys, Surveys stored, Organization organization, Clock clock) {
		this.surveys = surveys;
		this.stored = stored;
		this.organization = organization;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(80)
	void build() {
		build("supervisor", "handler").ifPresent(survey -> LOG.info(
				"Demo survey: {} invited in {}, {} answered; closed with each department's margin of error",
				survey.total().sampleSize(), survey.survey().unitName(), survey.total().responses()));
	}

	/**
	 * Runs the survey once: nothing when the unit has had a survey this year or the demo's people have no staff
	 * records. Returns the closed survey's report.
	 */
	Optional<SurveyReport> build(String supervisor, String handler) {
		Optional<StaffMember> staff = organization.staffByUsername(handler);
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		if (staff.isEmpty() || stored.newest().stream()
			.anyMatch(s -> s.year() == today.getYear() && Long.valueOf(staff.get().unitId()).equals(s.unitId()))) {
			return Optional.empty();
		}
		return Optional.of(as(supervisor, () -> {
			SurveySummary survey = surveys.define(new NewSurvey(today.getYear(), staff.get().unitId(),
					today.withDayOfYear(1), today, PER_DEPARTMENT, SEED, today.plusDays(14)));
			List<String> tokens = surveys.inviteForDemo(survey.id());
			Random random = new Random(SEED);
			for (int i = 0; i < tokens.size(); i++) {
				if (i % 3 != 2) {
					surveys.answer(tokens.get(i), scores(random), "demo-" + i);
				}
			}
			surveys.close(survey.id());
			return surveys.report(survey.id());
		}));
	}

	private static Map<SurveyQuestion, Integer> scores(Random random) {
		Map<SurveyQuestion, Integer> scores = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			scores.put(question, OVERALL[random.nextInt(OVERALL.length)]);
		}
		return scores;
	}

	private static <T> T as(String username, Supplier<T> action) {
		return ActingAs.signedIn(username, "ROLE_SUPERVISOR", action);
	}
}
