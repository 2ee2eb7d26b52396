package org.xiaoneng.casework;

import java.time.LocalDate;

/** A step of a case was done; `onBehalf` when by a substitute (代岗). */
public record StepCompleted(long caseId, long unitId, int stepNumber, Long staffId, boolean onBehalf, LocalDate completedOn) {
}
