package org.xiaoneng.badge;

/**
 * A badge's photo, cropped to the card's portrait frame.
 *
 * @param bytes the image
 * @param contentType its media type
 */
public record BadgePhoto(byte[] bytes, String contentType) {
}
