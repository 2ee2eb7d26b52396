package org.xiaoneng.casework;

/** A step handed over from another department was signed for (签收); `sameDay` when in time (内部科室当天签办不过夜). */
public record StepSigned(long caseId, long unitId, int stepNumber, boolean sameDay) {
}
