package org.xiaoneng.platform.security;

/**
 * What a person needs to enrol an authenticator app: the secret as text and as a QR code.
 *
 * @param secret the shared secret in base32 (RFC 4648), for typing in by hand
 * @param uri the {@code otpauth://totp/…} URI the QR code carries
 * @param qrCodeDataUrl the QR code as a {@code data:image/png;base64,…} URL
 */
public record SecondFactorEnrolment(String secret, String uri, String qrCodeDataUrl) {
}
