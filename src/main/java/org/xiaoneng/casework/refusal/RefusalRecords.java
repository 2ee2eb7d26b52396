package org.xiaoneng.casework.refusal;

import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;

/**
 * Implemented by the refusal module (否定报备制): casework asks it before letting a case reach a refused state, so
 * that no refusal exists without a filing that took effect.
 */
public interface RefusalRecords {

	/** Whether the refusal filing took effect for this case. */
	boolean tookEffect(RefusalId refusalId, CaseId caseId);
}
