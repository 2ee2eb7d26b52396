package org.xiaoneng.refusal;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.refusal.RefusalRecords;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;

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
	public boolean tookEffect(RefusalId refusalId, CaseId caseId) {
		return filings.find(refusalId.value())
			.filter(refusal -> caseId.equals(refusal.matter().caseId()) && refusal.state() == RefusalState.IN_EFFECT)
			.isPresent();
	}
}
