package org.xiaoneng.accountability;

/** An evidence file of a finding as lists show it; its content is fetched by id. */
public record EvidenceItem(long id, long findingId, String fileName, String contentType, int size,
		String uploadedBy) {
}
