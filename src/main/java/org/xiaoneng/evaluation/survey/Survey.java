package org.xiaoneng.evaluation.survey;

import java.time.Instant;
import java.time.LocalDate;

import org.xiaoneng.common.Clocks;

/**
 * 群众评议 by sampling survey: for an evaluation year, the people a unit (or the whole region) served in a period are
 * sampled by department and invited once each to answer a short survey by a given day. The survey guards its own
 * course: defined, opened by inviting its sample, closed once, after which its figures are final.
 */
class Survey {

	/** More than this per department is a census by text message, not a sample. */
	static final int LARGEST_STRATUM_SAMPLE = 1000;

	/** A survey asks about a period just past: an answer day further off than this would ask about a memory. */
	static final int LONGEST_ANSWER_DAYS = 90;

	private Long id;

	private final int year;

	private final Long unitId;

	private final LocalDate from;

	private final LocalDate to;

	private final int perStratum;

	private final long seed;

	private final LocalDate answerBy;

	private SurveyState state;

	private final String definedBy;

	private Instant openedAt;

	private Instant closedAt;

	Survey(Long id, int year, Long unitId, LocalDate from, LocalDate to, int perStratum, long seed, LocalDate answerBy,
			SurveyState state, String definedBy, Instant openedAt, Instant closedAt) {
		this.id = id;
		this.year = year;
		this.unitId = unitId;
		this.from = from;
		this.to = to;
		this.perStratum = perStratum;
		this.seed = seed;
		this.answerBy = answerBy;
		this.state = state;
		this.definedBy = definedBy;
		this.openedAt = openedAt;
		this.closedAt = closedAt;
	}

	/**
	 * A new survey of the people served from {@code from} to {@code to}, a period of the evaluation year that ends
	 * today at the latest (nobody is drawn from days to come), to be answered by {@code answerBy}, after today.
	 *
	 * @param unitId the unit surveyed, or {@code null} for every unit of the region
	 */
	static Survey define(int year, Long unitId, LocalDate from, LocalDate to, int perStratum, long seed,
			LocalDate answerBy, String definedBy, LocalDate today) {
		if (from == null || to == null || answerBy == null) {
			throw SurveyRuleException.invalid("survey.error.datesRequired");
		}
		if (from.isAfter(to) || from.getYear() != year || to.getYear() != year) {
			throw SurveyRuleException.invalid("survey.error.period", year);
		}
		if (to.isAfter(today)) {
			throw SurveyRuleException.invalid("survey.error.periodNotOver", to);
		}
		if (!answerBy.isAfter(today) || answerBy.isAfter(today.plusDays(LONGEST_ANSWER_DAYS))) {
			throw SurveyRuleException.invalid("survey.error.answerBy", today, LONGEST_ANSWER_DAYS);
		}
		if (perStratum < 1 || perStratum > LARGEST_STRATUM_SAMPLE) {
			throw SurveyRuleException.invalid("survey.error.perStratum", LARGEST_STRATUM_SAMPLE);
		}
		return new Survey(null, year, unitId, from, to, perStratum, seed, answerBy, SurveyState.DEFINED, definedBy,
				null, null);
	}

	/** Opens the survey: its sample is drawn and about to be invited; links work until the end of the answer day. */
	void open(Instant now) {
		requireState(SurveyState.DEFINED);
		if (!now.isBefore(linksExpireAt())) {
			throw SurveyRuleException.invalid("survey.error.answerDayPassed", answerBy);
		}
		state = SurveyState.OPEN;
		openedAt = now;
	}

	/** Whether an answer given now counts: the survey is open and its answer day has not ended. */
	boolean takesAnswersAt(Instant now) {
		return state == SurveyState.OPEN && now.isBefore(linksExpireAt());
	}

	/** Closes the survey; its results are final from now and no link works any more. */
	void close(Instant now) {
		requireState(SurveyState.OPEN);
		state = SurveyState.CLOSED;
		closedAt = now;
	}

	/** The moment every link of the survey expires: the end of its answer day, in China time. */
	Instant linksExpireAt() {
		return answerBy.plusDays(1).atStartOfDay(Clocks.BUSINESS_ZONE).toInstant();
	}

	private void requireState(SurveyState expected) {
		if (state != expected) {
			throw new SurveyStateException(state);
		}
	}

	void saved(long newId) {
		this.id = newId;
	}

	Long idOrNull() {
		return id;
	}

	SurveyId id() {
		return new SurveyId(id);
	}

	int year() {
		return year;
	}

	Long unitId() {
		return unitId;
	}

	LocalDate from() {
		return from;
	}

	LocalDate to() {
		return to;
	}

	int perStratum() {
		return perStratum;
	}

	long seed() {
		return seed;
	}

	LocalDate answerBy() {
		return answerBy;
	}

	SurveyState state() {
		return state;
	}

	String definedBy() {
		return definedBy;
	}

	Instant openedAt() {
		return openedAt;
	}

	Instant closedAt() {
		return closedAt;
	}
}
