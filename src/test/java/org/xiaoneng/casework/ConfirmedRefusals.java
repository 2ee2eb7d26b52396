package org.xiaoneng.casework;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.refusal.RefusalRecords;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;

/** Stands in for the refusal module's records in tests: a filing took effect only once a test confirms it. */
@Component
class ConfirmedRefusals implements RefusalRecords {

	private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

	void confirm(long refusalId, long caseId) {
		confirmed.add(refusalId + ":" + caseId);
	}

	@Override
	public boolean tookEffect(RefusalId refusalId, CaseId caseId) {
		return confirmed.contains(refusalId.value() + ":" + caseId.value());
	}
}
