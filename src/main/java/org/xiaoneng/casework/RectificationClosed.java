package org.xiaoneng.casework;

import java.time.LocalDate;

/** The rectification (核实整改) a bad rating opened was closed with its findings, measures and call-back. */
public record RectificationClosed(long rectificationId, long caseId, long unitId, LocalDate closedOn) {
}
