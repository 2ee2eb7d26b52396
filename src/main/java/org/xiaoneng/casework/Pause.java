package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * A pause of a case's clock as the case holds it: for a correction after acceptance (补正) or a special procedure
 * that the law excludes from the limit (行政许可法 第四十五条). Only {@link Case} starts and ends it.
 */
final class Pause {

	private Long id;

	private final PauseKind kind;

	private final String procedureName;

	private final String reason;

	private final Integer plannedDays;

	private final LocalDate startedOn;

	private final String startedBy;

	private LocalDate endedOn;

	private Integer workingDays;

	private boolean changed;

	Pause(Long id, PauseKind kind, String procedureName, String reason, Integer plannedDays, LocalDate startedOn,
			String startedBy, LocalDate endedOn, Integer workingDays) {
		this.id = id;
		this.kind = kind;
		this.procedureName = procedureName;
		this.reason = reason;
		this.plannedDays = plannedDays;
		this.startedOn = startedOn;
		this.startedBy = startedBy;
		this.endedOn = endedOn;
		this.workingDays = workingDays;
	}

	void end(LocalDate on, int days) {
		this.endedOn = on;
		this.workingDays = days;
		this.changed = true;
	}

	boolean running() {
		return endedOn == null;
	}

	CasePause view() {
		return new CasePause(id == null ? 0 : id, kind, procedureName, reason, plannedDays, startedOn, endedOn,
				workingDays);
	}

	boolean changed() {
		return changed;
	}

	void saved(long storedId) {
		this.id = storedId;
		this.changed = false;
	}

	Long id() {
		return id;
	}

	PauseKind kind() {
		return kind;
	}

	String procedureName() {
		return procedureName;
	}

	String reason() {
		return reason;
	}

	Integer plannedDays() {
		return plannedDays;
	}

	LocalDate startedOn() {
		return startedOn;
	}

	String startedBy() {
		return startedBy;
	}

	LocalDate endedOn() {
		return endedOn;
	}

	Integer workingDays() {
		return workingDays;
	}
}
