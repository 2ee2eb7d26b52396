package org.xiaoneng.platform.security;

/**
 * A freshly issued personal API token: its value is shown this once and only its digest is kept.
 *
 * @param token the token's summary
 * @param value the value to send as {@code Authorization: Bearer <value>}
 */
public record IssuedToken(ApiTokenSummary token, String value) {
}
