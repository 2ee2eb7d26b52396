package org.xiaoneng.accountability;

import org.xiaoneng.common.FileSignatures;

/**
 * A photo or document taken as evidence of a finding, its type read from its bytes.
 *
 * @param fileName the name it was uploaded under, for the download only
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}
 */
record EvidenceFile(String fileName, String contentType, byte[] content) {

	/** A phone photo or a scanned page is well under this; anything larger is not what evidence looks like. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The upload as evidence, refused unless it is a photo or PDF within the limit. */
	static EvidenceFile of(String fileName, byte[] content) {
		if (content == null || content.length == 0 || content.length > MAX_BYTES) {
			throw new EvidenceRefusedException();
		}
		String type = FileSignatures.imageOrPdf(content).orElseThrow(EvidenceRefusedException::new);
		String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
		return new EvidenceFile(name.length() > 200 ? name.substring(name.length() - 200) : name, type, content);
	}
}
