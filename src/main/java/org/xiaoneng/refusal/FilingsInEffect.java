package org.xiaoneng.refusal;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.RefusalRecords;

/**
 * Answers casework before it lets a case reach a refused state: only a filing of this case that took effect (within
 * authority, or agreed by the leader) refuses it.
 */
@Component
class FilingsInEffect implements RefusalRecords {

	private final Filings filings;

	FilingsInEffect(Filings filings) {
		this.filings = filings;
	}

	@Override
	public boolean tookEffect(long refusalId, long caseId) {
		return filings.find(refusalId)
			.filter(refusal -> refusal.caseId() == caseId && refusal.state() == RefusalState.IN_EFFECT)
			.isPresent();
	}
}
