package org.xiaoneng.platform.security;

import java.time.OffsetDateTime;

/**
 * A personal API token as its owner sees it later: name and prefix, never the token itself.
 *
 * @param id the token
 * @param name what its owner called it
 * @param prefix its first characters, to recognise it
 * @param createdAt when it was issued
 * @param lastUsedAt when it was last used, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 */
public record ApiTokenSummary(ApiTokenId id, String name, String prefix, OffsetDateTime createdAt,
		OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

	/** Whether it is still accepted. */
	public boolean active() {
		return revokedAt == null;
	}
}
