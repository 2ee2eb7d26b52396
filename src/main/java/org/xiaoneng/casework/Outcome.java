package org.xiaoneng.casework;

import java.time.LocalDate;

/** How a case ended: the decision (准予 with its certificate, or 不予), its delivery (送达), or its withdrawal (撤回). */
record Outcome(CaseResult result, String certificateName, String certificateNumber, LocalDate decidedOn,
		DeliveryMethod deliveryMethod, LocalDate deliveredOn, Boolean deliveredLate, LocalDate withdrawnOn) {

	static final Outcome OPEN = new Outcome(null, null, null, null, null, null, null, null);

	static Outcome granted(String certificateName, String certificateNumber, LocalDate on) {
		return new Outcome(CaseResult.GRANTED, certificateName, certificateNumber, on, null, null, null, null);
	}

	Outcome withdrawn(LocalDate on) {
		return new Outcome(result, certificateName, certificateNumber, decidedOn, deliveryMethod, deliveredOn,
				deliveredLate, on);
	}

	/** Not accepted (不予受理): the decision's day, no result of a decision on the merits. */
	Outcome notAccepted(LocalDate on) {
		return new Outcome(result, certificateName, certificateNumber, on, deliveryMethod, deliveredOn, deliveredLate,
				withdrawnOn);
	}

	Outcome refused(LocalDate on) {
		return new Outcome(CaseResult.REFUSED, certificateName, certificateNumber, on, deliveryMethod, deliveredOn,
				deliveredLate, withdrawnOn);
	}

	Outcome delivered(DeliveryMethod method, LocalDate on, boolean late) {
		return new Outcome(result, certificateName, certificateNumber, decidedOn, method, on, late, withdrawnOn);
	}

	/** The decision is undone (a refusal found wrong): no result and no decision date. */
	Outcome undecided() {
		return new Outcome(null, certificateName, certificateNumber, null, deliveryMethod, deliveredOn, deliveredLate,
				withdrawnOn);
	}
}
