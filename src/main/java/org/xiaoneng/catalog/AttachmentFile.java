package org.xiaoneng.catalog;

/**
 * A stored attachment of a material.
 *
 * @param fileName the name it was uploaded with
 * @param contentType the media type its content was recognised as
 * @param content its bytes
 */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
