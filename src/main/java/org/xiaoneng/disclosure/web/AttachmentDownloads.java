package org.xiaoneng.disclosure.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xiaoneng.disclosure.AttachmentFile;

/** An item's attachment as a download, its name kept in UTF-8 (RFC 6266), for the API, the staff and the portal. */
final class AttachmentDownloads {

	private AttachmentDownloads() {
	}

	static ResponseEntity<byte[]> of(AttachmentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}
}
