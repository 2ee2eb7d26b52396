package org.xiaoneng.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.KeysetPage;

/**
 * Who works where: the staff as the caller's data scope lets them see them, phones masked (GB/T 39786) except for an
 * administrator editing one.
 */
@Component
class StaffRoster {

	private static final int STAFF_LIST_LIMIT = 500;

	/** The largest page of the staff list one may ask for. */
	static final int LARGEST_PAGE = 1000;

	private final StaffMembers staff;

	private final Cryptography cryptography;

	private final Callers callers;

	StaffRoster(StaffMembers staff, Cryptography cryptography, Callers callers) {
		this.staff = staff;
		this.cryptography = cryptography;
		this.callers = callers;
	}

	StaffMember staffMember(long id) {
		return existing(id).toMember(cryptography);
	}

	/** Out of the scope answers as a missing staff member, so that existence is not leaked. */
	StaffMember visibleStaffMember(long id) {
		return staffMember(id, callers.current().scope());
	}

	StaffMember staffMember(long id, DataScope scope) {
		StaffRecord record = existing(id);
		if (!scope.includes(record.staffNumber(), record.unitId(), record.departmentId())) {
			throw new OrganizationRecordNotFoundException("staff", id);
		}
		return record.toMember(cryptography);
	}

	Optional<StaffMember> staffByNumber(String staffNumber) {
		return staff.findByNumber(staffNumber).map(record -> record.toMember(cryptography));
	}

	Optional<StaffMember> staffByUsername(String username) {
		return staff.findByUsername(username).map(record -> record.toMember(cryptography));
	}

	List<StaffMember> holders(List<Long> staffIds) {
		return staff.byIds(staffIds).stream().map(record -> record.toMember(cryptography)).toList();
	}

	Optional<String> phoneOf(long staffId) {
		return Optional.ofNullable(existing(staffId).encryptedPhone()).map(cryptography::decrypt);
	}

	Optional<StaffPhoto> photoOf(long staffId) {
		existing(staffId);
		return staff.photo(staffId).map(photo -> new StaffPhoto(photo.bytes(), photo.contentType()));
	}

	List<StaffMember> searchStaff(StaffQuery query) {
		return searchStaff(query, callers.current().scope());
	}

	/** The colleagues one hands a matter to or records as present, whoever's work the caller may see. */
	List<StaffMember> colleaguesOnDuty() {
		return callers.current()
			.staff()
			.map(me -> searchStaff(new StaffQuery(null, me.unitId(), me.departmentId(), StaffStatus.ON_DUTY, null),
					DataScope.wholeRegionScope()))
			.orElse(List.of());
	}

	/** Every staff member at work in the unit, however many: for the system's own work over a unit, not for lists. */
	List<StaffMember> onDutyIn(long unitId) {
		return staff.search(new StaffQuery(null, unitId, null, StaffStatus.ON_DUTY, null), DataScope.wholeRegionScope(),
				Integer.MAX_VALUE)
			.stream()
			.map(record -> record.toMember(cryptography))
			.toList();
	}

	List<StaffPlace> placesOnDuty(long unitId) {
		return staff.placesOnDuty(unitId);
	}

	List<StaffMember> searchStaff(StaffQuery query, DataScope scope) {
		return members(query, scope, STAFF_LIST_LIMIT);
	}

	/** Every staff member in the scope matching the query, however many: the roster's export. */
	List<StaffMember> allStaff(StaffQuery query, DataScope scope) {
		return members(query, scope, Integer.MAX_VALUE);
	}

	private List<StaffMember> members(StaffQuery query, DataScope scope, int limit) {
		return staff.search(query, scope, limit).stream().map(record -> record.toMember(cryptography)).toList();
	}

	/** One page of the staff the caller may see that match the query, in the order asked for. */
	KeysetPage<StaffMember> staffPage(StaffQuery query, StaffOrder order, String cursor, int size) {
		if (size < 1 || size > LARGEST_PAGE) {
			throw new PageRequestInvalidException(LARGEST_PAGE);
		}
		return staff.page(query, callers.current().scope(), order == null ? StaffOrder.UNIT : order, cursor, size)
			.map(record -> record.toMember(cryptography));
	}

	StaffRecord existing(long id) {
		return staff.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("staff", id));
	}

	StaffRecord onDuty(long id) {
		StaffRecord member = existing(id);
		if (member.status().hasLeft()) {
			throw new StaffAlreadyLeftException(member.staffNumber());
		}
		return member;
	}

	/** A staff member at work in this unit, as leaders and heads must be. */
	StaffRecord ownStaff(long unitId, long staffId) {
		StaffRecord member = onDuty(staffId);
		if (member.unitId() != unitId) {
			throw new UnitBoundaryCrossedException("organization.leader.outsideUnit", member.staffNumber());
		}
		return member;
	}
}
