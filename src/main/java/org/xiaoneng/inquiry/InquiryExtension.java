package org.xiaoneng.inquiry;

/**
 * More working days for an inquiry, asked for by its handler with a reason and approved by the head of the handling
 * department (extensions need approval before the deadline; the inquiry checks the day). A value: asking again or
 * approving gives a new one.
 *
 * @param days the working days asked for, or {@code null} when none were
 * @param reason why, or {@code null}
 * @param requestedBy the sign-in name of who asked, or {@code null}
 * @param approvedBy the sign-in name of who approved, or {@code null} while it waits
 */
record InquiryExtension(Integer days, String reason, String requestedBy, String approvedBy) {

	/** No handler needs more than six weeks of working days beyond a limit of at most fifteen. */
	static final int MAX_DAYS = 30;

	static final InquiryExtension NONE = new InquiryExtension(null, null, null, null);

	/** The extension as stored with the matter's progress. */
	static InquiryExtension of(InquiryProgress progress) {
		return new InquiryExtension(progress.extensionDays(), progress.extensionReason(),
				progress.extensionRequestedBy(), progress.extensionApprovedBy());
	}

	/**
	 * A request of 1 to {@link #MAX_DAYS} working days with its reason.
	 *
	 * @throws InquiryFieldInvalidException when the days lie outside that range
	 * @throws InquiryFieldRequiredException without a reason
	 */
	static InquiryExtension requested(int workingDays, String reason, String by) {
		if (workingDays < 1 || workingDays > MAX_DAYS) {
			throw new InquiryFieldInvalidException("extensionDays");
		}
		if (reason == null || reason.isBlank()) {
			throw new InquiryFieldRequiredException("extensionReason");
		}
		Fields.requireLength(reason, Fields.TEXT_MAX, "extensionReason");
		return new InquiryExtension(workingDays, reason.strip(), by, null);
	}

	/** Whether an extension was asked for and not yet approved. */
	boolean awaitingApproval() {
		return days != null && approvedBy == null;
	}

	InquiryExtension approvedBy(String by) {
		return new InquiryExtension(days, reason, requestedBy, by);
	}
}
