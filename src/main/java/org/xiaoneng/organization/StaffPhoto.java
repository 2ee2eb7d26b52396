package org.xiaoneng.organization;

/**
 * A staff member's photo.
 *
 * @param bytes the image
 * @param contentType its media type, e.g. {@code image/jpeg}
 */
public record StaffPhoto(byte[] bytes, String contentType) {
}
