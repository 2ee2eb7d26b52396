package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.platform.database.SweepCount;

/**
 * Reshaping the organisation over time, beside {@link Organization}'s building of it (issue 22): a department's public
 * location and phone, departments and posts moved within their unit or retired with their history kept, transfers
 * scheduled for a later day, and the staff list read page by page. Every change is audited in its transaction; a
 * refused change changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Reorganization {

	private final Restructuring restructuring;

	private final TransferSchedule transfers;

	private final StaffRoster roster;

	private final PostHolding posts;

	Reorganization(Restructuring restructuring, TransferSchedule transfers, StaffRoster roster, PostHolding posts) {
		this.restructuring = restructuring;
		this.transfers = transfers;
		this.roster = roster;
		this.posts = posts;
	}

	// ---- departments and posts --------------------------------------------------------------------------------

	/**
	 * Records where visitors find the department and its public phone; empty texts clear them.
	 *
	 * @throws DepartmentContactInvalidException when the room is too long or the phone is not a phone number
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Department changeContact(DepartmentId department, String room, String phone) {
		return restructuring.changeContact(department.value(), room, phone);
	}

	/**
	 * Moves a department, with everything under it, under another department of its unit, or to the top of the unit
	 * when {@code parent} is empty.
	 *
	 * @throws DepartmentUnderItselfException when the new parent is the department or lies below it
	 * @throws UnitBoundaryCrossedException when the new parent belongs to another unit
	 * @throws RetiredChosenException when either is retired
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Department moveDepartment(DepartmentId department, Optional<DepartmentId> parent) {
		return restructuring.moveDepartment(department.value(), parent.map(DepartmentId::value).orElse(null));
	}

	/**
	 * Moves a post, with its holders, to another department of its unit.
	 *
	 * @throws UnitBoundaryCrossedException when the department belongs to another unit
	 * @throws RetiredChosenException when the post or the department is retired
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Post movePost(PostId post, DepartmentId to) {
		return restructuring.movePost(post.value(), to.value());
	}

	/**
	 * Retires a department: it keeps its name on past work but is offered for none.
	 *
	 * @throws RetirementBlockedException while staff work in it or departments or posts in force sit under it
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Department retireDepartment(DepartmentId department) {
		return restructuring.retireDepartment(department.value());
	}

	/**
	 * Retires a post: it keeps its name on past work but is offered for none.
	 *
	 * @throws RetirementBlockedException while someone holds it
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Post retirePost(PostId post) {
		return restructuring.retirePost(post.value());
	}

	/** Every post of the unit, retired ones included: the names past cases and inquiries refer to. */
	public List<Post> everyPostOfUnit(UnitId unit) {
		return posts.everyPostOfUnit(unit.value());
	}

	// ---- transfers ahead --------------------------------------------------------------------------------------

	/**
	 * Schedules a transfer for a later day; the sweep makes it on that day as {@link Organization#transfer} does.
	 *
	 * @throws TransferDateInvalidException unless the day is after today
	 * @throws TransferAlreadyScheduledException when one is already waiting for the staff member
	 * @throws RetiredChosenException when the department is retired
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public ScheduledTransfer scheduleTransfer(StaffId staff, DepartmentId to, LocalDate effectiveOn) {
		return transfers.schedule(staff.value(), to.value(), effectiveOn);
	}

	/** @throws NoTransferScheduledException when no transfer of the staff member is waiting */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void cancelScheduledTransfer(StaffId staff) {
		transfers.cancel(staff.value());
	}

	/** The transfer waiting for its day, if any, of a staff member the caller may see. */
	public Optional<ScheduledTransfer> scheduledTransferOf(StaffId staff) {
		roster.visibleStaffMember(staff.value());
		return transfers.pendingOf(staff.value());
	}

	/** Applies the transfers whose day has come, each in its own transaction and each once; counts them. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount applyDueTransfers() {
		return transfers.sweep();
	}

	// ---- the staff list ---------------------------------------------------------------------------------------

	/**
	 * One page of the staff the caller may see (their data scope) that match the query, in the order asked for
	 * (by unit when null), from the cursor of the page before or after (the first page when null).
	 *
	 * @throws PageRequestInvalidException when the size is not between 1 and 1000
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one the list gave out in this order
	 */
	public KeysetPage<StaffMember> staffPage(StaffQuery query, StaffOrder order, String cursor, int size) {
		return roster.staffPage(query, order, cursor, size);
	}
}
