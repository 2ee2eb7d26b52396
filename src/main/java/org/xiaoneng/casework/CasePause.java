package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * A pause of a case's clock.
 *
 * @param id the pause
 * @param kind correction or special procedure
 * @param procedureName the special procedure (行政许可法 第四十五条's, or one the item cites a law for), or {@code null}
 * @param reason why
 * @param plannedDays the planned working days, or {@code null}
 * @param startedOn the first day of the pause
 * @param endedOn the day the clock resumed, {@code null} while paused
 * @param workingDays the working days the pause added to the deadline, {@code null} while paused
 */
public record CasePause(long id, PauseKind kind, String procedureName, String reason, Integer plannedDays,
		LocalDate startedOn, LocalDate endedOn, Integer workingDays) {
}
