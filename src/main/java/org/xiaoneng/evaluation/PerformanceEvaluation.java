package org.xiaoneng.evaluation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Callers;

/**
 * 绩效考评制 (rule 八) for pages and the API, year by year: the schemes, the year's start that freezes them, the scores
 * people enter, the computation, the publication for objections, the lists and their Excel export. Every action
 * checks the caller at its entry: the evaluation team (supervisors) runs the year; leaders score those they oversee;
 * every member of staff reads the schemes and the results of their scope. {@link EvaluationResults} acts on one result.
 */
@Service
public class PerformanceEvaluation {

	private final Callers callers;

	private final Schemes schemes;

	private final SchemeDrafting drafting;

	private final YearStarting starting;

	private final IndicatorComputing computing;

	private final ScoreEntering scoring;

	private final Publishing publishing;

	private final ResultReadings readings;

	PerformanceEvaluation(Callers callers, Schemes schemes, SchemeDrafting drafting, YearStarting starting,
			IndicatorComputing computing, ScoreEntering scoring, Publishing publishing, ResultReadings readings) {
		this.callers = callers;
		this.schemes = schemes;
		this.drafting = drafting;
		this.starting = starting;
		this.computing = computing;
		this.scoring = scoring;
		this.publishing = publishing;
		this.readings = readings;
	}

	/** The evaluation team drafts the year's scheme for a kind of object and grade scale, or its next version. */
	public SchemeView draftScheme(int year, ObjectType type, GradeScale scale, List<Indicator> dimensions) {
		return SchemeView.of(drafting.draft(callers.current(), year, type, scale, dimensions));
	}

	/** The evaluation team drafts the source text's default scheme (rule 八 (三)), 廉 as a fifth for staff if asked. */
	public SchemeView draftDefaultScheme(int year, ObjectType type, GradeScale scale, boolean withIntegrity) {
		return SchemeView.of(drafting.draftDefault(callers.current(), year, type, scale, withIntegrity));
	}

	/** The latest version of each of the year's schemes. */
	@Transactional(readOnly = true)
	public List<SchemeView> schemes(int year) {
		return schemes.latestOfYear(year).stream().map(SchemeView::of).toList();
	}

	/** One version of a scheme. */
	@Transactional(readOnly = true)
	public SchemeView scheme(long id) {
		return schemes.find(id).map(SchemeView::of).orElseThrow(() -> new SchemeNotFoundException(id));
	}

	/** The evaluation team starts the year: its latest schemes are frozen. */
	public List<SchemeView> startYear(int year) {
		return starting.start(callers.current(), year).stream().map(SchemeView::of).toList();
	}

	/** A leader's score (分管领导评议) or the team's (年终考核, 定性考评) of one indicator of a department or person. */
	public void enterScore(int year, ObjectType type, long objectId, String indicatorCode, double score) {
		scoring.enter(callers.current(), year, type, objectId, indicatorCode, score);
	}

	/** The evaluation team computes, ranks and grades the year; the number of results. */
	public int compute(int year) {
		return computing.compute(callers.current(), year);
	}

	/**
	 * The evaluation team recomputes one staff member's result of the year alone (their figures from the owning
	 * modules, their breakdown, their unit graded again), until the results are published.
	 */
	@Transactional
	public ResultView computeStaff(int year, StaffId staffId) {
		return readings.view(computing.computeStaff(callers.current(), year, staffId));
	}

	/** The evaluation team publishes the year's results for objections; the number published. */
	public int publish(int year) {
		return publishing.publish(callers.current(), year);
	}

	/** The year's results of a kind that the caller may read, by unit and best first. */
	@Transactional(readOnly = true)
	public List<ResultView> results(int year, ObjectType type) {
		return readings.list(callers.current(), year, type);
	}

	/** The evaluation team's open work: disputes to answer, failing departments to check (组织核查). */
	@Transactional(readOnly = true)
	public List<ResultView> openForTeam(int year) {
		return readings.openForTeam(callers.current(), year);
	}

	/** The year's results of a kind in the caller's scope as an .xlsx workbook, for the personnel office. */
	@Transactional(readOnly = true)
	public byte[] export(int year, ObjectType type) {
		return readings.export(callers.current(), year, type);
	}
}
