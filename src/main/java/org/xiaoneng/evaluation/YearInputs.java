package org.xiaoneng.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.badge.BadgeYearFigures;
import org.xiaoneng.casework.CaseYearFigures;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.InquiryYearFigures;
import org.xiaoneng.refusal.RefusalYearFigures;
import org.xiaoneng.substitution.CoveredCount;
import org.xiaoneng.substitution.CoveredWorkYearFigures;
import org.xiaoneng.supervision.CardYearFigures;

/**
 * A year's inputs for every department and staff member, gathered set-based: one query per figure from the owning
 * modules (docs/decisions/0026, 0036), the accountability decisions heard of, and the public survey's results.
 */
@Component
class YearInputs {

	private final CaseYearFigures cases;

	private final CardYearFigures cards;

	private final InquiryYearFigures inquiries;

	private final RefusalYearFigures refusals;

	private final CoveredWorkYearFigures covered;

	private final BadgeYearFigures badges;

	private final Sanctions sanctions;

	private final JdbcClient jdbc;

	YearInputs(CaseYearFigures cases, CardYearFigures cards, InquiryYearFigures inquiries, RefusalYearFigures refusals,
			CoveredWorkYearFigures covered, BadgeYearFigures badges, Sanctions sanctions, JdbcClient jdbc) {
		this.cases = cases;
		this.cards = cards;
		this.inquiries = inquiries;
		this.refusals = refusals;
		this.covered = covered;
		this.badges = badges;
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

		long answered;

		long answeredInTime;

		long refusalsDecided;

		long refusalsStood;

		long coveredDone;

		long badgeDaysNeeded;

		long badgeDaysHeld;

		long owedNotice;

		long toldAtOnce;

		long rectificationsDue;

		long rectifiedInTime;

		Map<Measure, Scorecard.Figure> figures() {
			Map<Measure, Scorecard.Figure> figures = new HashMap<>();
			figures.put(Measure.ON_TIME_RATE, Scorecard.Figure.percent(onTime, completed, completed));
			figures.put(Measure.DAYS_AGAINST_PROMISED, Scorecard.Figure.percent(used, promised, completed));
			figures.put(Measure.BAD_RATINGS, Scorecard.Figure.count(bad));
			figures.put(Measure.YELLOW_CARDS, Scorecard.Figure.count(yellow));
			figures.put(Measure.RED_CARDS, Scorecard.Figure.count(red));
			figures.put(Measure.ACCOUNTABILITY_DECISIONS, Scorecard.Figure.count(decisions));
			figures.put(Measure.FIRST_INQUIRY_IN_TIME, Scorecard.Figure.percent(answeredInTime, answered, answered));
			figures.put(Measure.REFUSALS_STOOD,
					Scorecard.Figure.percent(refusalsStood, refusalsDecided, refusalsDecided));
			figures.put(Measure.COVERED_WORK, Scorecard.Figure.count(coveredDone));
			figures.put(Measure.BADGE_HELD, Scorecard.Figure.percent(badgeDaysHeld, badgeDaysNeeded, badgeDaysNeeded));
			figures.put(Measure.ONE_TIME_NOTICE, Scorecard.Figure.percent(toldAtOnce, owedNotice, owedNotice));
			figures.put(Measure.BAD_RATINGS_RECTIFIED,
					Scorecard.Figure.percent(rectifiedInTime, rectificationsDue, rectificationsDue));
			return figures;
		}
	}

	Year of(int year) {
		return tally(new Rows(cases.ofYear(year), cases.noticesOfYear(year), cases.rectificationsOfYear(year),
				cards.ofYear(year), inquiries.ofYear(year), refusals.ofYear(year), covered.ofYear(year),
				badges.ofYear(year), sanctions.ofYear(year)), publicScores(year));
	}

	/**
	 * One staff member's figures and block of the year, from the same readers restricted to them: the figures the
	 * whole year's {@link #of(int)} gives for them (its department figures here are that person's share only).
	 */
	Year ofStaff(int year, StaffId staffId) {
		return tally(new Rows(cases.ofStaff(staffId, year), cases.noticesOfStaff(staffId, year),
				cases.rectificationsOfStaff(staffId, year), cards.ofStaff(staffId, year),
				inquiries.ofStaff(staffId, year), refusals.ofStaff(staffId, year), covered.ofStaff(staffId, year),
				badges.ofStaff(staffId, year), sanctions.ofStaff(staffId.value(), year)), publicScores(year));
	}

	/** The owning modules' rows behind a year's figures. */
	private record Rows(List<CaseYearFigures.Figures> cases, List<CaseYearFigures.NoticeFigures> notices,
			List<CaseYearFigures.RectificationFigures> rectifications, List<CardYearFigures.Figures> cards,
			List<InquiryYearFigures.Figures> inquiries, List<RefusalYearFigures.Figures> refusals,
			List<CoveredCount> covered, List<BadgeYearFigures.Figures> badges, List<Sanctions.Decision> decisions) {
	}

	private static Year tally(Rows rows, Map<Long, Double> publicScores) {
		Map<Long, Tally> staff = new HashMap<>();
		Map<Long, Tally> departments = new HashMap<>();
		for (CaseYearFigures.Figures row : rows.cases()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.completed += row.completed();
				tally.onTime += row.onTime();
				tally.used += row.workingDaysUsed();
				tally.promised += row.daysPromised();
				tally.bad += row.badRatings();
			}
		}
		for (CaseYearFigures.NoticeFigures row : rows.notices()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.owedNotice += row.cases();
				tally.toldAtOnce += row.toldAtOnce();
			}
		}
		for (CaseYearFigures.RectificationFigures row : rows.rectifications()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.rectificationsDue += row.due();
				tally.rectifiedInTime += row.inTime();
			}
		}
		for (CardYearFigures.Figures row : rows.cards()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.holderStaffId())) {
				tally.yellow += row.yellow();
				tally.red += row.red();
			}
		}
		for (InquiryYearFigures.Figures row : rows.inquiries()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.answered += row.answered();
				tally.answeredInTime += row.inTime();
			}
		}
		for (RefusalYearFigures.Figures row : rows.refusals()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.refusalsDecided += row.decided();
				tally.refusalsStood += row.stood();
			}
		}
		for (CoveredCount row : rows.covered()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.coveredDone += row.done();
			}
		}
		for (BadgeYearFigures.Figures row : rows.badges()) {
			for (Tally tally : tallies(staff, departments, row.departmentId(), row.staffId())) {
				tally.badgeDaysNeeded += row.daysNeeded();
				tally.badgeDaysHeld += row.daysHeld();
			}
		}
		Map<Long, String> staffBlocks = new HashMap<>();
		Map<Long, String> departmentBlocks = new HashMap<>();
		for (Sanctions.Decision decision : rows.decisions()) {
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
		return new Year(figures(staff), figures(departments), staffBlocks, departmentBlocks, publicScores);
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
