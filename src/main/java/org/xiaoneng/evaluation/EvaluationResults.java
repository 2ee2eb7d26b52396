package org.xiaoneng.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;

/**
 * One result of 绩效考评 (rule 八): read with the evidence behind its figures, signed or disputed by the person (a
 * department's by its head), reviewed by the evaluation team (a grade under the 优秀 quota, a dispute answered, an
 * organisation check recorded) and made final; the principal leader's approval of the wider quota; and the
 * personnel office's lists drawn from the final results.
 */
@Service
public class EvaluationResults {

	private final Callers callers;

	private final ResultReadings readings;

	private final Signing signing;

	private final ResultReviewing reviewing;

	private final Publishing publishing;

	private final PersonnelLists personnel;

	EvaluationResults(Callers callers, ResultReadings readings, Signing signing, ResultReviewing reviewing,
			Publishing publishing, PersonnelLists personnel) {
		this.callers = callers;
		this.readings = readings;
		this.signing = signing;
		this.reviewing = reviewing;
		this.publishing = publishing;
		this.personnel = personnel;
	}

	/** A result the caller may read: their own, or one of their scope. */
	@Transactional(readOnly = true)
	public ResultView result(long id) {
		return readings.view(callers.current(), id);
	}

	/** The records behind a result's computed figures, each with its page. */
	@Transactional(readOnly = true)
	public List<Evidence> evidence(long id) {
		return readings.evidence(callers.current(), id);
	}

	/** The caller's own result of the year, if computed. */
	@Transactional(readOnly = true)
	public Optional<ResultView> mine(int year) {
		return readings.mine(callers.current(), year);
	}

	/** The person signs their published result. */
	public ResultView sign(long id) {
		return readings.view(signing.sign(callers.current(), id));
	}

	/** The person disputes their published result with reasons; it goes to the evaluation team. */
	public ResultView dispute(long id, String reasons) {
		return readings.view(signing.dispute(callers.current(), id, reasons));
	}

	/** The evaluation team gives a computed result another grade; a further 优秀 only within the quota. */
	public ResultView regrade(long id, Grade grade) {
		return readings.view(reviewing.regrade(callers.current(), id, grade));
	}

	/** The evaluation team answers a dispute, changing the grade where it was well founded. */
	public ResultView answerDispute(long id, String answer, Grade changed) {
		return readings.view(reviewing.answerDispute(callers.current(), id, answer, changed));
	}

	/** The evaluation team records the organisation check's findings (组织核查) of a failing department. */
	public ResultView recordCheck(long id, String findings) {
		return readings.view(reviewing.recordCheck(callers.current(), id, findings));
	}

	/** The evaluation team makes a result final once its objections are over. */
	public ResultView finalise(long id) {
		return readings.view(publishing.finalise(callers.current(), id));
	}

	/** The unit's principal leader approves the wider 优秀 quota (25 %) for the unit's staff of the year. */
	public void approveWiderQuota(int year, UnitId unitId) {
		reviewing.approveWiderQuota(callers.current(), year, unitId.value());
	}

	/** A personnel office's list of the year from the final results of the caller's scope (leaders, the team). */
	@Transactional(readOnly = true)
	public List<PersonnelEntry> personnelList(int year, PersonnelList kind) {
		return personnel.list(callers.current(), year, kind);
	}

	/** The same list as an Excel workbook. */
	@Transactional(readOnly = true)
	public byte[] personnelWorkbook(int year, PersonnelList kind) {
		return personnel.workbook(callers.current(), year, kind);
	}
}
