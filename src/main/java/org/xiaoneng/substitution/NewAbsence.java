package org.xiaoneng.substitution;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An absence to request.
 *
 * @param staffId who will be away
 * @param kind 请假, 出差…
 * @param from when it starts
 * @param to when it ends (exclusive)
 * @param reason why
 */
public record NewAbsence(long staffId, @NotNull AbsenceKind kind, @NotNull Instant from, @NotNull Instant to,
		@NotBlank @Size(max = 500) String reason) {
}
