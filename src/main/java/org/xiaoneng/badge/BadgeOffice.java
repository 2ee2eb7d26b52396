package org.xiaoneng.badge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Callers;

/**
 * 持证上岗 (rule 九) for pages and the API: the register of badges with history and export, the office's tasks, issuing,
 * taking back and reporting a loss, printing cards, the check of window posts without a valid badge, and the public
 * verification of a badge number. Every action checks the caller at its entry: the office (administrators) issues,
 * takes back and prints; heads, leaders and supervisors read their scope; anyone verifies a number.
 */
@Service
public class BadgeOffice {

	private final Callers callers;

	private final BadgeIssuing issuing;

	private final BadgeWithdrawal withdrawal;

	private final BadgeRegister register;

	private final BadgePrinting printing;

	private final BadgeVerification verification;

	private final WindowBadgeCheck windowCheck;

	BadgeOffice(Callers callers, BadgeIssuing issuing, BadgeWithdrawal withdrawal, BadgeRegister register,
			BadgePrinting printing, BadgeVerification verification, WindowBadgeCheck windowCheck) {
		this.callers = callers;
		this.issuing = issuing;
		this.withdrawal = withdrawal;
		this.register = register;
		this.printing = printing;
		this.verification = verification;
		this.windowCheck = windowCheck;
	}

	/**
	 * A page of the register within the caller's scope, newest first, after or before the cursor's badge (the first
	 * page when {@code null}).
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one of the register's
	 */
	public BadgePage badges(BadgeFilter filter, String cursor, int size) {
		return register.page(filter, cursor, size, callers.current());
	}

	/** A badge with its history and its holder's other badges. */
	public BadgeView.Details badge(BadgeId id) {
		return register.details(id.value(), callers.current());
	}

	/** The register of the filter as an .xlsx workbook. */
	public byte[] export(BadgeFilter filter, Locale locale) {
		return register.export(filter, locale, callers.current());
	}

	/** The office's tasks of the caller's scope: open ones, or all with the latest closed ones. */
	public List<BadgeTask> tasks(boolean openOnly) {
		return register.tasks(openOnly, callers.current());
	}

	/** One staff member's tasks, open and closed, newest first, if they are within the caller's scope. */
	public List<BadgeTask> tasksOf(StaffId staffId) {
		return register.tasksOf(staffId, callers.current());
	}

	/**
	 * Issues a badge to a staff member at work who holds none valid (new staff, secondees of half a year or more).
	 *
	 * @param number the number to print, or blank for the region's next one
	 */
	public BadgeView issue(StaffId staffId, String number) {
		var caller = callers.current();
		return register.view(issuing.issue(staffId, number, caller).idOrNull(), caller);
	}

	/** Completes an open issue task by issuing its badge. */
	public BadgeView completeIssueTask(long taskId, String number) {
		var caller = callers.current();
		Badge badge = issuing.completeIssueTask(taskId, number, caller);
		return register.view(badge.idOrNull(), caller);
	}

	/** Records that a card taken back was handed in. */
	public void cardReturned(long taskId) {
		withdrawal.cardReturned(taskId, callers.current());
	}

	/** Takes a valid badge back by the office's decision. */
	public BadgeView revoke(BadgeId id, String note) {
		var caller = callers.current();
		withdrawal.revoke(id.value(), note, caller);
		return register.view(id.value(), caller);
	}

	/** Voids a badge reported lost and issues its replacement under a new number; returns the replacement. */
	public BadgeView reportLoss(BadgeId id) {
		var caller = callers.current();
		Badge result = withdrawal.reportLoss(id.value(), caller);
		return register.view(result.idOrNull(), caller);
	}

	/** Replaces a badge's photo by an upload (JPEG or PNG within the size limit), cut to the card. */
	public void changePhoto(BadgeId id, byte[] upload) {
		issuing.changePhoto(id.value(), upload, callers.current());
	}

	/** The badge's card, front and back, as a CR80 PDF. */
	public byte[] card(BadgeId id) {
		return printing.card(id.value(), callers.current());
	}

	/** Every valid badge of a department as one print run. */
	public byte[] departmentCards(DepartmentId departmentId) {
		return printing.department(departmentId.value(), callers.current());
	}

	/** The staff on window posts of the caller's scope without a valid badge today. */
	public List<UnbadgedWindowStaff> unbadgedWindowStaff() {
		return windowCheck.unbadged(callers.current());
	}

	/**
	 * The staff member if they are at work on a window post without a valid badge today, for supervision's rule;
	 * readers of the register and the system only.
	 */
	public Optional<UnbadgedWindowStaff> unbadgedWindowStaff(StaffId staffId) {
		BadgeAccess.requireReader(callers.current());
		return windowCheck.unbadged(staffId);
	}

	/**
	 * The number of the staff member's badge valid today, if any: the number window clerks are known by to the public
	 * (rule 九), printed on receipts and notices and shown on the progress page, so no caller check.
	 */
	public Optional<String> numberOf(StaffId staffId) {
		return windowCheck.numberOf(staffId);
	}

	/**
	 * The holder of the badge printed with the number, whatever its status, for a rating or complaint that names a
	 * badge number; empty when the register has no such number. Not counted as a look-up: the submission is.
	 */
	public Optional<StaffId> holderOf(String number) {
		return verification.holderOf(number);
	}

	/**
	 * The public's look-up of a badge number, counted against the address's limit before it opens its transaction
	 * (docs/decisions/0048), so it refuses to run inside one.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public List<PublicBadge> verify(String number, String address) {
		verification.count(address);
		return verification.verify(number);
	}
}
