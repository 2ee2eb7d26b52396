package org.xiaoneng.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A department's or staff member's result of a year (考评结果): the aggregate that guards its steps. It is computed
 * (and recomputed) until published; the 优秀 list is published for objections for at least 5 working days; the person
 * signs or disputes, and a dispute goes to the evaluation team for an answer; a failing department (不称职/不合格)
 * gets an organisation check (组织核查) whose findings are recorded before the result is final.
 */
class Result {

	static final int MAX_TEXT = 4000;

	private Long id;

	private final int year;

	private final ObjectType objectType;

	private final long objectId;

	private final long unitId;

	private final long departmentId;

	private final GradeScale scale;

	private SchemeId schemeId;

	private List<ScoreLine> breakdown;

	private double total;

	private Integer rank;

	private Grade grade;

	private String blockedReason;

	private ResultState state;

	private LocalDate publishedOn;

	private LocalDate objectionsUntil;

	private String signedBy;

	private Instant signedAt;

	private String dispute;

	private String disputeAnswer;

	private String checkFindings;

	private LocalDate finalOn;

	private int version;

	Result(Long id, int year, ObjectType objectType, long objectId, long unitId, long departmentId, GradeScale scale,
			SchemeId schemeId, List<ScoreLine> breakdown, double total, Integer rank, Grade grade,
			String blockedReason, ResultState state, LocalDate publishedOn, LocalDate objectionsUntil,
			String signedBy, Instant signedAt, String dispute, String disputeAnswer, String checkFindings,
			LocalDate finalOn, int version) {
		this.id = id;
		this.year = year;
		this.objectType = objectType;
		this.objectId = objectId;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.scale = scale;
		this.schemeId = schemeId;
		this.breakdown = List.copyOf(breakdown);
		this.total = total;
		this.rank = rank;
		this.grade = grade;
		this.blockedReason = blockedReason;
		this.state = state;
		this.publishedOn = publishedOn;
		this.objectionsUntil = objectionsUntil;
		this.signedBy = signedBy;
		this.signedAt = signedAt;
		this.dispute = dispute;
		this.disputeAnswer = disputeAnswer;
		this.checkFindings = checkFindings;
		this.finalOn = finalOn;
		this.version = version;
	}

	/** A newly computed result. */
	static Result computed(int year, ObjectType type, long objectId, long unitId, long departmentId, GradeScale scale,
			SchemeId schemeId, List<ScoreLine> breakdown, String blockedReason) {
		return new Result(null, year, type, objectId, unitId, departmentId, scale, schemeId, breakdown,
				totalOf(breakdown), null, null, blockedReason, ResultState.COMPUTED, null, null, null, null, null, null,
				null, null, 0);
	}

	/**
	 * The figures again, while the result is only computed. Whether anything changed, so that a year computed again
	 * stores only the results whose figures moved.
	 */
	boolean recompute(SchemeId scheme, List<ScoreLine> lines, String blocked) {
		requireState(ResultState.COMPUTED);
		boolean changed = !scheme.equals(schemeId) || !lines.equals(breakdown) || !Objects.equals(blocked, blockedReason);
		this.schemeId = scheme;
		this.breakdown = List.copyOf(lines);
		this.total = totalOf(lines);
		this.blockedReason = blocked;
		return changed;
	}

	/** Its place and grade in its pool, while only computed; 优秀 is never given to a blocked result. */
	void grade(int place, Grade given) {
		requireState(ResultState.COMPUTED);
		if (given == Grade.EXCELLENT && blockedReason != null) {
			throw new ExcellentBlockedException(blockedReason);
		}
		this.rank = place;
		this.grade = given;
	}

	/** The 优秀 list is published: objections until the given day. */
	void publish(LocalDate today, LocalDate until) {
		requireState(ResultState.COMPUTED);
		if (grade == null) {
			throw new ResultRuleException("evaluation.error.notGraded");
		}
		this.state = ResultState.PUBLISHED;
		this.publishedOn = today;
		this.objectionsUntil = until;
	}

	/** The person (for a department, its head) signs the published result. */
	void sign(String by, Instant at) {
		requireState(ResultState.PUBLISHED);
		this.state = ResultState.SIGNED;
		this.signedBy = by;
		this.signedAt = at;
	}

	/** The person disputes the published result with their reasons; it goes to the evaluation team. */
	void dispute(String reasons, String by, Instant at) {
		requireState(ResultState.PUBLISHED);
		this.dispute = requireText(reasons, "dispute");
		this.state = ResultState.DISPUTED;
		this.signedBy = by;
		this.signedAt = at;
	}

	/** The evaluation team answers a dispute; with a changed grade where the dispute was well founded. */
	void answerDispute(String answer, Grade changed) {
		requireState(ResultState.DISPUTED);
		this.disputeAnswer = requireText(answer, "answer");
		if (changed != null) {
			if (changed == Grade.EXCELLENT && blockedReason != null) {
				throw new ExcellentBlockedException(blockedReason);
			}
			this.grade = changed;
		}
	}

	/** The organisation check's findings (组织核查) of a failing result, before it is final. */
	void recordCheck(String findings) {
		if (state == ResultState.FINAL) {
			throw new ResultStateException(state);
		}
		if (grade == null || !grade.fails()) {
			throw new ResultRuleException("evaluation.error.checkNotNeeded");
		}
		this.checkFindings = requireText(findings, "findings");
	}

	/** The result becomes final once the objection period is over, a dispute answered and a failing one checked. */
	void finalise(LocalDate today) {
		if (state == ResultState.COMPUTED || state == ResultState.FINAL) {
			throw new ResultStateException(state);
		}
		if (!today.isAfter(objectionsUntil)) {
			throw new ResultRuleException("evaluation.error.objectionsOpen", objectionsUntil.toString());
		}
		if (state == ResultState.DISPUTED && disputeAnswer == null) {
			throw new ResultRuleException("evaluation.error.disputeOpen");
		}
		if (grade.fails() && objectType == ObjectType.DEPARTMENT && checkFindings == null) {
			throw new ResultRuleException("evaluation.error.checkMissing");
		}
		this.state = ResultState.FINAL;
		this.finalOn = today;
	}

	/** Whether a failing department still awaits its organisation check (a task of the evaluation team). */
	boolean awaitsCheck() {
		return objectType == ObjectType.DEPARTMENT && grade != null && grade.fails() && checkFindings == null
				&& state != ResultState.FINAL;
	}

	private void requireState(ResultState expected) {
		if (state != expected) {
			throw new ResultStateException(state);
		}
	}

	private static String requireText(String text, String field) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
			throw new ResultRuleException("evaluation.error.text." + field, MAX_TEXT);
		}
		return trimmed;
	}

	private static double totalOf(List<ScoreLine> lines) {
		double sum = lines.stream().mapToDouble(ScoreLine::contribution).sum();
		return Math.round(sum * 100) / 100.0;
	}

	Long idOrNull() {
		return id;
	}

	void assignId(long id) {
		this.id = id;
	}

	int year() {
		return year;
	}

	ObjectType objectType() {
		return objectType;
	}

	long objectId() {
		return objectId;
	}

	long unitId() {
		return unitId;
	}

	long departmentId() {
		return departmentId;
	}

	GradeScale scale() {
		return scale;
	}

	SchemeId schemeId() {
		return schemeId;
	}

	List<ScoreLine> breakdown() {
		return breakdown;
	}

	double total() {
		return total;
	}

	Integer rank() {
		return rank;
	}

	Grade grade() {
		return grade;
	}

	String blockedReason() {
		return blockedReason;
	}

	ResultState state() {
		return state;
	}

	LocalDate publishedOn() {
		return publishedOn;
	}

	LocalDate objectionsUntil() {
		return objectionsUntil;
	}

	String signedBy() {
		return signedBy;
	}

	Instant signedAt() {
		return signedAt;
	}

	String dispute() {
		return dispute;
	}

	String disputeAnswer() {
		return disputeAnswer;
	}

	String checkFindings() {
		return checkFindings;
	}

	LocalDate finalOn() {
		return finalOn;
	}

	int version() {
		return version;
	}

	/** The write went through: the stored version moved on. */
	void saved() {
		version++;
	}
}
