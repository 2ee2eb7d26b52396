package org.xiaoneng.organization;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.FileSignatures;
import org.xiaoneng.common.PersonalDataMasks;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Administrators take staff on and keep what is recorded about them: particulars and photo. The phone number is
 * stored encrypted (GB/T 39786) and written to the audit log masked.
 */
@Component
class Staffing {

	/** Mainland mobile numbers, or landlines with their area code (e.g. 0851-12345678). */
	private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");

	private static final int MAX_PHOTO_BYTES = 1024 * 1024;

	private final StaffMembers staff;

	private final UnitsAndDepartments places;

	private final StaffRoster roster;

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	Staffing(StaffMembers staff, UnitsAndDepartments places, StaffRoster roster, Cryptography cryptography,
			AuditLog auditLog, ApplicationEventPublisher events) {
		this.staff = staff;
		this.places = places;
		this.roster = roster;
		this.cryptography = cryptography;
		this.auditLog = auditLog;
		this.events = events;
	}

	StaffMember join(NewStaff joining) {
		Department department = places.department(joining.departmentId());
		StaffParticulars particulars = joining.particulars();
		validate(particulars, null);
		if (staff.findByNumber(joining.staffNumber()).isPresent()) {
			throw new StaffNumberTakenException(joining.staffNumber());
		}
		long id;
		try {
			id = staff.insert(joining, department.unitId(), encryptedPhone(particulars.phone()));
		}
		catch (DuplicateKeyException concurrent) {
			throw new StaffNumberTakenException(joining.staffNumber());
		}
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.joined", String.valueOf(id), null,
				"number=" + joining.staffNumber() + ", department=" + department.id() + ", " + describe(particulars)));
		events.publishEvent(new StaffJoined(id, joining.staffNumber(), department.unitId(), department.id(),
				particulars.employment(), particulars.secondedFrom(), particulars.secondedUntil(), joining.joinedOn()));
		return roster.staffMember(id);
	}

	/** Not their department: that is a transfer. */
	StaffMember changeParticulars(long staffId, StaffParticulars changed) {
		StaffRecord before = roster.onDuty(staffId);
		validate(changed, staffId);
		staff.update(staffId, changed, encryptedPhone(changed.phone()));
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.changed", String.valueOf(staffId),
				describe(before.particulars(cryptography)), describe(changed)));
		return roster.staffMember(staffId);
	}

	/** The media type is taken from the image's own first bytes, not from what the uploader claims. */
	void changePhoto(long staffId, byte[] photo) {
		StaffRecord member = roster.onDuty(staffId);
		String contentType = imageType(photo).orElseThrow(PhotoRefusedException::new);
		staff.changePhoto(staffId, photo, contentType);
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.photo-changed", String.valueOf(staffId),
				member.hasPhoto() ? "photo" : null, contentType + ", " + photo.length + " bytes"));
	}

	/**
	 * Refuses particulars that break a rule: a phone that is no mainland number, secondment dates missing, given
	 * without a secondment or in the wrong order, an account already linked to another staff member.
	 *
	 * @param staffId the staff member whose particulars these are, {@code null} for someone joining
	 */
	void validate(StaffParticulars particulars, Long staffId) {
		if (particulars.phone() != null && !PHONE.matcher(particulars.phone()).matches()) {
			throw new PhoneNumberInvalidException();
		}
		boolean seconded = particulars.employment() == Employment.SECONDED;
		boolean datesGiven = particulars.secondedFrom() != null || particulars.secondedUntil() != null;
		if (seconded && (particulars.secondedFrom() == null || particulars.secondedUntil() == null)) {
			throw new SecondmentPeriodInvalidException("organization.staff.secondmentDatesRequired");
		}
		if (!seconded && datesGiven) {
			throw new SecondmentPeriodInvalidException("organization.staff.secondmentDatesOnlyForSecondees");
		}
		if (seconded && particulars.secondedUntil().isBefore(particulars.secondedFrom())) {
			throw new SecondmentPeriodInvalidException("organization.staff.secondmentEndsBeforeStart");
		}
		if (particulars.username() != null) {
			staff.findByUsername(particulars.username())
				.filter(owner -> staffId == null || owner.id() != staffId)
				.ifPresent(owner -> {
					throw new AccountAlreadyLinkedException(particulars.username());
				});
		}
	}

	private String encryptedPhone(String phone) {
		return phone == null ? null : cryptography.encrypt(phone);
	}

	private static Optional<String> imageType(byte[] photo) {
		if (photo == null || photo.length < 8 || photo.length > MAX_PHOTO_BYTES) {
			return Optional.empty();
		}
		return FileSignatures.image(photo);
	}

	/** The audit summary of a staff member's particulars: the phone masked, never in clear. */
	private static String describe(StaffParticulars p) {
		return "name=" + p.name() + ", gender=" + p.gender() + ", phone=" + PersonalDataMasks.phone(p.phone())
				+ ", position=" + p.position() + ", political=" + p.politicalStatus() + ", employment="
				+ p.employment() + (p.employment() == Employment.SECONDED ? " " + p.secondedFrom() + ".."
						+ p.secondedUntil() : "")
				+ ", account=" + p.username();
	}
}
