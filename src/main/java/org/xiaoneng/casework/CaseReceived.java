package org.xiaoneng.casework;

import java.time.LocalDate;

/** A submission was registered (接件). Listeners may count intake; personal data is not carried. */
public record CaseReceived(long caseId, long unitId, long itemId, LocalDate receivedOn) {
}
