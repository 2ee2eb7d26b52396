package org.xiaoneng.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.common.Clocks;
import org.xiaoneng.conduct.ConductCitation;

/**
 * One entry of the register as staff lists and pages show it. It never carries the visitor's or complainant's
 * personal data: that is read separately ({@link Visitor} for ordinary inquiries, {@link Identity} for supervisors).
 *
 * @param id the inquiry
 * @param queryCode the code the visitor follows it with on the public status page
 * @param unitId the unit that registered it (for a complaint: the unit concerned, when known)
 * @param departmentId the department of its handler now, or {@code null}
 * @param channel how it came
 * @param category what it is
 * @param receivedAt when it was taken
 * @param subject the matter in a line
 * @param content the matter in full, or {@code null}
 * @param anonymous an anonymous report
 * @param publicSubmission submitted on the public portal
 * @param firstResponderId the first responder (首问责任人), or {@code null} for a complaint from the portal
 * @param handlerId who must act on it now, or {@code null} (supervisors' queue)
 * @param postId the post it sits with, or {@code null}
 * @param state where it stands
 * @param callbackPostId the post that owes a callback, or {@code null}
 * @param callbackDue the day the callback is due, or {@code null}
 * @param authorityId the external authority it was referred to, or {@code null}
 * @param handOvers hand-overs since the last answer
 * @param buckPassing flagged as 推诿
 * @param answer the answer, or {@code null}
 * @param answeredAt when it was answered, or {@code null}
 * @param promisedBy the day the visitor was promised an answer, or {@code null}
 * @param outcome how it ended, or {@code null} while open
 * @param closedAt when it was closed, or {@code null}
 * @param acknowledgeDue the day its current handler must acknowledge it by
 * @param acknowledgedAt when they did, or {@code null}
 * @param deadline the day it must be answered or concluded by (extensions included)
 * @param receivedOn the day it was received, the start of its deadline
 * @param extensionDays working days of a requested or approved extension, or {@code null}
 * @param extensionReason why, or {@code null}
 * @param extensionApprovedBy who approved it, or {@code null} while only requested
 * @param concernedUnitId for a complaint or report: the unit concerned, or {@code null}
 * @param concernedDepartmentId the department concerned, or {@code null}
 * @param concernedStaffId the staff member concerned, or {@code null}
 * @param verification a supervisor's finding, or {@code null}
 * @param findings the findings, or {@code null}
 * @param acceptanceDue for a real-name complaint or report: the day the reporter must be told of acceptance
 * @param acceptanceNotifiedAt when they were, or {@code null}
 * @param materials the materials received
 * @param itemId for an application intent: the service item the visitor wants, or {@code null}
 * @param conduct for a complaint or report: the conduct rule it cites (code, list and version), or {@code null}
 */
public record RegisterEntry(long id, String queryCode, long unitId, Long departmentId, InquiryChannel channel,
		InquiryCategory category, Instant receivedAt, String subject, String content, boolean anonymous,
		boolean publicSubmission, Long firstResponderId, Long handlerId, Long postId, InquiryState state,
		Long callbackPostId, LocalDate callbackDue, Long authorityId, int handOvers, boolean buckPassing,
		String answer, Instant answeredAt, LocalDate promisedBy, InquiryOutcome outcome, Instant closedAt,
		LocalDate acknowledgeDue, Instant acknowledgedAt, LocalDate deadline, LocalDate receivedOn,
		Integer extensionDays, String extensionReason, String extensionApprovedBy, Long concernedUnitId,
		Long concernedDepartmentId, Long concernedStaffId, Verification verification, String findings,
		LocalDate acceptanceDue, Instant acceptanceNotifiedAt, List<ReceivedMaterial> materials, Long itemId,
		ConductCitation conduct) {

	public RegisterEntry {
		materials = List.copyOf(materials);
	}

	/** The entry of an inquiry as stored. */
	static RegisterEntry of(InquiryFacts f, InquiryProgress p) {
		return new RegisterEntry(f.id().value(), f.queryCode(), f.unitId(), p.departmentId(), f.channel(),
				f.category(), f.receivedAt(), f.subject(), f.content(), f.anonymous(), f.publicSubmission(),
				f.firstResponderId(), p.handlerId(), p.postId(), p.state(), p.callbackPostId(), p.callbackDue(),
				p.authorityId(), p.handOvers(), p.buckPassing(), p.answer(), p.answeredAt(), p.promisedBy(),
				p.outcome(), p.closedAt(), p.acknowledgeDue(), p.acknowledgedAt(), p.deadline(),
				f.receivedAt().atZone(Clocks.BUSINESS_ZONE).toLocalDate(), p.extensionDays(), p.extensionReason(),
				p.extensionApprovedBy(), f.concernedUnitId(), f.concernedDepartmentId(), f.concernedStaffId(),
				p.verification(), p.findings(), f.acceptanceDue(), p.acceptanceNotifiedAt(), f.materials(),
				f.itemId(), f.conduct());
	}

	public boolean closed() {
		return state == InquiryState.CLOSED;
	}

	public boolean confidential() {
		return category.confidential();
	}
}
