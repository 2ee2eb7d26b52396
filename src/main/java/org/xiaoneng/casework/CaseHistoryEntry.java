package org.xiaoneng.casework;

import java.time.Instant;

/**
 * One line of a case's history, as its page shows it.
 *
 * @param at when
 * @param actor who (user name, or system)
 * @param action what, as a message-key suffix (e.g. {@code accepted})
 * @param note details (never personal data)
 */
public record CaseHistoryEntry(Instant at, String actor, String action, String note) {
}
