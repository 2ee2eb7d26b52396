package org.xiaoneng.disclosure;

/**
 * An attachment's file as it is downloaded.
 *
 * @param name its file name
 * @param mediaType its media type
 * @param content its bytes
 */
public record AttachmentFile(String name, String mediaType, byte[] content) {
}
