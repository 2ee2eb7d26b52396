package org.xiaoneng.inquiry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryStep;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.StepKind;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.documents.Notice;

/**
 * Where a visitor handed on to another department goes (the source text 一(三)2: the first responder tells them the
 * department's location and phone): the department of the latest hand-over, with its room and public phone, on the
 * inquiry's page, in the API and on the slip printed for the visitor.
 */
@Component
class HandOverContacts {

	/** The slip is an official notice and prints in Chinese (GB/T 9704), whatever language the clerk's pages use. */
	private static final Locale SLIP = Locale.SIMPLIFIED_CHINESE;

	/**
	 * The department a visitor was handed on to.
	 *
	 * @param departmentId the department
	 * @param unitName its unit
	 * @param departmentName its name
	 * @param room where visitors find it, empty when not on record
	 * @param phone its public phone, empty when not on record
	 */
	record HandOverContact(long departmentId, String unitName, String departmentName, String room, String phone) {
	}

	private final Organization organization;

	private final InquiryRegister register;

	private final MessageSource messages;

	HandOverContacts(Organization organization, InquiryRegister register, MessageSource messages) {
		this.organization = organization;
		this.register = register;
		this.messages = messages;
	}

	/**
	 * The department of the latest hand-over, when it is not the first responder's own: the person who received the
	 * matter (a substitute may sit elsewhere than the post's holder), else the post's department. Empty when the
	 * matter was never handed on, or only within the first responder's department.
	 */
	Optional<HandOverContact> of(RegisterEntry inquiry, List<InquiryStep> steps) {
		Optional<InquiryStep> latest = steps.stream()
			.filter(step -> step.kind() == StepKind.HANDED_OVER && step.postId() != null)
			.reduce((first, second) -> second);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		InquiryStep step = latest.get();
		long departmentId = step.staffId() != null ? organization.staffMember(new StaffId(step.staffId())).departmentId()
				: organization.post(new PostId(step.postId())).departmentId();
		if (inquiry.firstResponderId() != null
				&& organization.staffMember(new StaffId(inquiry.firstResponderId())).departmentId() == departmentId) {
			return Optional.empty();
		}
		Department department = organization.department(new DepartmentId(departmentId));
		return Optional.of(new HandOverContact(departmentId, organization.unit(new UnitId(department.unitId())).name(),
				department.name(), department.room(), department.phone()));
	}

	/**
	 * The hand-over slip (转办告知单) of an inquiry the caller may read.
	 *
	 * @throws NotHandedOnException unless it was handed on to another department (never a complaint or report, whose
	 * reporter is not sent anywhere)
	 */
	Notice slip(InquiryId inquiryId) {
		RegisterEntry inquiry = register.inquiry(inquiryId);
		if (inquiry.confidential()) {
			throw new NotHandedOnException();
		}
		return of(inquiry, register.stepsOf(inquiryId)).map(contact -> {
			LocalDate today = register.today();
			String none = text("inquiry.slip.notOnRecord");
			List<String> paragraphs = List.of(
					text("inquiry.slip.handedTo", inquiry.subject(), contact.unitName(), contact.departmentName()),
					text("inquiry.slip.room", contact.room().isEmpty() ? none : contact.room()),
					text("inquiry.slip.phone", contact.phone().isEmpty() ? none : contact.phone()),
					text("inquiry.slip.queryCode", inquiry.queryCode()));
			String unit = organization.unit(new UnitId(inquiry.unitId())).name();
			return new Notice(text("inquiry.slip.title"), "", "", List.of(new Notice.Section("", paragraphs)),
					new Notice.Signature(unit, today), null);
		}).orElseThrow(NotHandedOnException::new);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, SLIP);
	}
}
