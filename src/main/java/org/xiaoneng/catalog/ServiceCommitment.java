package org.xiaoneng.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of a unit's service commitment (服务承诺书).
 *
 * @param unitId the unit
 * @param version from 1
 * @param status draft, published or superseded
 * @param preamble the opening words
 * @param promises the promises, numbered from 1
 * @param signerStaffId the principal leader who signed it, once published
 * @param signedOn the date of signature, once published
 */
public record ServiceCommitment(long unitId, int version, CommitmentStatus status, String preamble,
		List<Promise> promises, Long signerStaffId, LocalDate signedOn) {

	public ServiceCommitment {
		promises = List.copyOf(promises);
	}
}
