package org.xiaoneng.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseYearFigures;
import org.xiaoneng.supervision.CardYearFigures;

/**
 * A year's inputs for every department and staff member, gathered set-based: one query per figure from the owning
 * modules (docs/decisions/0026), the accountability decisions heard of, and the public survey's results.
 */
@Component
class YearInputs {

	private final CaseYearFigures cases;

	private final CardYearFigures cards;

	private final Sanctions sanctions;

	private final JdbcClient jdbc;

	YearInputs(CaseYearFigures cases, CardYearFigures cards, Sanctions sanctions, JdbcClient jdbc) {
		this.cases = cases;
		this.cards = cards;
		this.sanctions = sanctions;
		this.jdbc = jdbc;
	}

	/**
	 * The year's figures and blocks.
	 *
	 * @param staff staff id → figures
	 * @param departments department id → figures
	 * @param staffBlocks staff id → why not 优秀
	 * @param departmentBlocks department id → why not 优秀
	 * @param publicScores department id → the survey's score
	 */
	record Year(Map<Long, Map<Measure, Scorecard.Figure>> staff, Map<Long, Map<Measure, Scorecard.Figure>> departments,
			Map<Long, String> staffBlocks, Map<Long, String> departmentBlocks, Map<Long, Double> publicScores) {

		Map<Measure, Scorecard.Figure> ofStaff(long id) {
			return staff.getOrDefault(id, Tally.EMPTY.figures());
		}

		Map<Measure, Scorecard.Figure> ofDepartment(long id) {
			return departments.getOrDefault(id, Tally.EMPTY.figures());
		}
	}

	/** The counts behind one object's figures, added up from the owning modules' rows. */
	private static final class Tally {

		static final Tally EMPTY = new Tally();

		long completed;

		long onTime;

		long used;

		long promised;

		long bad;

		long yellow;

		long red;

		long decisions;

		Map<Measure, Scorecard.Figure> figures() {
			Map<Measure, Scorecard.Figure> figures = new HashMap<>();
			figures.put(Measure.ON_TIME_RATE, Scorecard.Figure.percent(onTime, completed, completed));
			figures.put(Measure.DAYS_AGAINST_PROMISED, Scorecard.Figure.percent(used, promised, completed));
			figures.put(Measure.BAD_RATINGS, Scorecard.Figure.count(bad));
			figures.put(Measure.YELLOW_CARDS, Scorecard.Figure.count(yellow));
			figures.put(Measure.RED_CARDS, Scorecard.Figure.count(red));
			figures.put(Measure.ACCOUNTABILITY_DECISIONS, Scorecard.Figure.count(decisions));
			return figures;
		}
	}

	Year of(int year) {
		Map<Long, Tally> staff = new HashMap<>();
		Map<Long, Tally> departments = new HashMap<>();
		for (CaseYearFigures.Figures row : cases.ofYear(year)) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.completed += row.completed();
				tally.onTime += row.onTime();
				tally.used += row.workingDaysUsed();
				tally.promised += row.daysPromised();
				tally.bad += row.badRatings();
			}
		}
		for (CardYearFigures.Figures row : cards.ofYear(year)) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.holderStaffId())) {
				tally.yellow += row.yellow();
				tally.red += row.red();
			}
		}
		Map<Long, String> staffBlocks = new HashMap<>();
		Map<Long, String> departmentBlocks = new HashMap<>();
		for (Sanctions.Decision decision : sanctions.ofYear(year)) {
			for (Tally tally : tallies(staff, departments, decision.departmentId(), decision.staffId())) {
				tally.decisions++;
			}
			if (decision.notEligibleForExcellent()) {
				String reason = "#" + decision.caseId() + " " + decision.decidedOn();
				if (decision.staffId() != null) {
					staffBlocks.putIfAbsent(decision.staffId(), reason);
				}
				else if (decision.departmentId() != null) {
					departmentBlocks.putIfAbsent(decision.departmentId(), reason);
				}
			}
		}
		return new Year(figures(staff), figures(departments), staffBlocks, departmentBlocks, publicScores(year));
	}

	private static List<Tally> tallies(Map<Long, Tally> staff, Map<Long, Tally> departments, Long departmentId,
			Long staffId) {
		List<Tally> tallies = new ArrayList<>(2);
		if (departmentId != null) {
			tallies.add(departments.computeIfAbsent(departmentId, id -> new Tally()));
		}
		if (staffId != null) {
			tallies.add(staff.computeIfAbsent(staffId, id -> new Tally()));
		}
		return tallies;
	}

	private static Map<Long, Map<Measure, Scorecard.Figure>> figures(Map<Long, Tally> tallies) {
		Map<Long, Map<Measure, Scorecard.Figure>> figures = new HashMap<>();
		tallies.forEach((id, tally) -> figures.put(id, tally.figures()));
		return figures;
	}

	/** Each department's public score: the latest closed survey of the year (evaluation.survey_result). */
	private Map<Long, Double> publicScores(int year) {
		Map<Long, Double> scores = new HashMap<>();
		jdbc.sql("""
				select distinct on (department_id) department_id, score from evaluation.survey_result
				where year = :year order by department_id, closed_at desc""")
			.param("year", year)
			.query(rs -> {
				scores.put(rs.getLong("department_id"), rs.getDouble("score"));
			});
		return scores;
	}
}
