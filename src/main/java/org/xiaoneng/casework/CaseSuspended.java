package org.xiaoneng.casework;

import java.time.LocalDate;

/** A case's clock paused (补正 or a special procedure of 行政许可法 第四十五条); the applicant was told in writing. */
public record CaseSuspended(long caseId, long unitId, PauseKind kind, String procedureName, LocalDate startedOn) {
}
