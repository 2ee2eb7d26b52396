package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a case's procedure as the case holds it: assigned to whoever acts for its post, signed for when it came
 * from another department, completed with an opinion. Only {@link Case} changes it; the flag for a late signature is
 * the sweep's and is only read here.
 */
final class Step {

	private final int number;

	private final String name;

	private final long postId;

	private final long departmentId;

	private final int budgetDays;

	private Long staffId;

	private String staffNumber;

	private boolean onBehalf;

	private Instant assignedAt;

	private LocalDate assignedOn;

	private LocalDate dueOn;

	private boolean needsSigning;

	private LocalDate signBy;

	private Instant signedAt;

	private String signedBy;

	private final boolean signFlagged;

	private Instant completedAt;

	private LocalDate completedOn;

	private String completedBy;

	private String opinion;

	private boolean stored;

	private boolean changed;

	/** A step of the item's procedure, not yet stored nor assigned. */
	Step(int number, String name, long postId, long departmentId, int budgetDays) {
		this(number, name, postId, departmentId, budgetDays, false);
	}

	private Step(int number, String name, long postId, long departmentId, int budgetDays, boolean signFlagged) {
		this.number = number;
		this.name = name;
		this.postId = postId;
		this.departmentId = departmentId;
		this.budgetDays = budgetDays;
		this.signFlagged = signFlagged;
	}

	/** A step as stored. */
	static Step stored(CaseStep step, Instant assignedAt, String staffNumber, String signedBy, Instant completedAt) {
		Step restored = new Step(step.number(), step.name(), step.postId(), step.departmentId(), step.budgetDays(),
				step.signFlagged());
		restored.staffId = step.staffId();
		restored.staffNumber = staffNumber;
		restored.onBehalf = step.onBehalf();
		restored.assignedAt = assignedAt;
		restored.assignedOn = step.assignedOn();
		restored.dueOn = step.dueOn();
		restored.needsSigning = step.needsSigning();
		restored.signBy = step.signBy();
		restored.signedAt = step.signedAt();
		restored.signedBy = signedBy;
		restored.completedAt = completedAt;
		restored.completedOn = step.completedOn();
		restored.completedBy = step.completedBy();
		restored.opinion = step.opinion();
		restored.stored = true;
		return restored;
	}

	void assign(Long staff, String number, boolean behalf, Instant at, LocalDate on, LocalDate due, LocalDate signByDay) {
		this.staffId = staff;
		this.staffNumber = number;
		this.onBehalf = behalf;
		this.assignedAt = at;
		this.assignedOn = on;
		this.dueOn = due;
		this.needsSigning = signByDay != null;
		this.signBy = signByDay;
		this.changed = true;
	}

	void sign(Instant at, String by) {
		this.signedAt = at;
		this.signedBy = by;
		this.changed = true;
	}

	/** Completing signs for a step not signed for yet, at the same moment. */
	void complete(Instant at, LocalDate on, String by, String text) {
		if (signedAt == null) {
			sign(at, by);
		}
		this.completedAt = at;
		this.completedOn = on;
		this.completedBy = by;
		this.opinion = text;
		this.changed = true;
	}

	boolean open() {
		return assignedOn != null && completedOn == null;
	}

	/** Whether it came from another department and nobody signed for it yet. */
	boolean awaitsSignature() {
		return needsSigning && signedAt == null;
	}

	/** Signed for within its working day (内部科室当天签办不过夜). */
	boolean signedInTime(LocalDate on) {
		return !on.isAfter(signBy);
	}

	CaseStep view(String staffName) {
		return new CaseStep(number, name, postId, departmentId, staffId, staffName, onBehalf, budgetDays, assignedOn, dueOn,
				needsSigning, signBy, signedAt, signFlagged, completedOn, completedBy, opinion);
	}

	boolean stored() {
		return stored;
	}

	boolean changed() {
		return changed;
	}

	void saved() {
		stored = true;
		changed = false;
	}

	int number() {
		return number;
	}

	String name() {
		return name;
	}

	long postId() {
		return postId;
	}

	long departmentId() {
		return departmentId;
	}

	int budgetDays() {
		return budgetDays;
	}

	Long staffId() {
		return staffId;
	}

	String staffNumber() {
		return staffNumber;
	}

	boolean onBehalf() {
		return onBehalf;
	}

	Instant assignedAt() {
		return assignedAt;
	}

	LocalDate assignedOn() {
		return assignedOn;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	boolean needsSigning() {
		return needsSigning;
	}

	LocalDate signBy() {
		return signBy;
	}

	Instant signedAt() {
		return signedAt;
	}

	String signedBy() {
		return signedBy;
	}

	Instant completedAt() {
		return completedAt;
	}

	LocalDate completedOn() {
		return completedOn;
	}

	String completedBy() {
		return completedBy;
	}

	String opinion() {
		return opinion;
	}
}
