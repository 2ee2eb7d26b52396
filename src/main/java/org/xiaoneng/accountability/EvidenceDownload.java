package org.xiaoneng.accountability;

/** An evidence file for download: its name, the type its bytes showed, the bytes. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
