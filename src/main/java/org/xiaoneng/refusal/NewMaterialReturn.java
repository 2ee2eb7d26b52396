package org.xiaoneng.refusal;

import java.util.List;

/**
 * A return of materials as the staff member records it.
 *
 * @param materials which materials are returned, at least one
 * @param collectorName who collects them
 * @param collectorIdNumber the collector's ID number: must be the applicant's or a registered agent's
 * @param signatureKind drawn on screen or a scanned signed slip
 * @param signature the signature image (PNG or JPEG) or the scanned slip (PNG, JPEG or PDF)
 */
public record NewMaterialReturn(List<String> materials, String collectorName, String collectorIdNumber,
		SignatureKind signatureKind, byte[] signature) {

	public NewMaterialReturn {
		materials = materials == null ? List.of()
				: materials.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
	}
}
