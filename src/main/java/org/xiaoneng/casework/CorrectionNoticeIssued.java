package org.xiaoneng.casework;

import java.time.LocalDate;

/** A one-time notice (补正材料通知书) was issued; a second or later one (`breach`) counts against the one-time rule. */
public record CorrectionNoticeIssued(long caseId, long unitId, int round, boolean breach, LocalDate issuedOn) {
}
