package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.ratelimit.RateLimiter;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.Substitutes;

/**
 * The public portal, without login: a consultation or suggestion goes to whoever acts for the unit's window post (its
 * first responder), a complaint or report to the supervisors; the visitor follows it by its query code.
 */
@Component
class PublicIntake {

	/** The rate limiter's bucket of submissions on the public portal. */
	static final String PUBLIC_SUBMISSION = "public-submission";

	private static final Set<InquiryCategory> PUBLIC_CATEGORIES = Set.of(InquiryCategory.CONSULTATION,
			InquiryCategory.COMPLAINT, InquiryCategory.REPORT, InquiryCategory.SUGGESTION);

	private final Registration registration;

	private final Inquiries inquiries;

	private final RateLimiter limits;

	private final Organization organization;

	private final Substitutes substitutes;

	private final AuditLog auditLog;

	private final Clock clock;

	private final BadgeOffice badges;

	PublicIntake(Registration registration, Inquiries inquiries, RateLimiter limits, Organization organization,
			Substitutes substitutes, AuditLog auditLog, Clock clock, BadgeOffice badges) {
		this.badges = badges;
		this.registration = registration;
		this.inquiries = inquiries;
		this.limits = limits;
		this.organization = organization;
		this.substitutes = substitutes;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Checks the submission's fields and unit, then counts it against the address's limit, before its transaction
	 * opens (docs/decisions/0048): a submission refused afterwards (a badge number of another unit) still counts, one
	 * with a missing field does not.
	 *
	 * @throws SubmissionsLimitedException when the client submitted too often
	 */
	void admit(PublicSubmission submission, String clientAddress) {
		Fields.requireContact(InquiryChannel.ONLINE, submission.category(), submission.subject(),
				submission.content(), submission.phone());
		if (!PUBLIC_CATEGORIES.contains(submission.category())) {
			throw new InquiryFieldInvalidException("category");
		}
		if (submission.unitId() == null) {
			throw new InquiryFieldRequiredException("unit");
		}
		organization.unit(new UnitId(submission.unitId()));
		if (!limits.attempt(PUBLIC_SUBMISSION, clientAddress)) {
			throw new SubmissionsLimitedException(limits.window(PUBLIC_SUBMISSION).toMinutes());
		}
	}

	/** Registers a submission {@link #admit admitted} before. */
	@Transactional
	PublicStatus submit(PublicSubmission submission) {
		Unit unit = organization.unit(new UnitId(submission.unitId()));
		Long concernedStaffId = concerned(submission.badgeNumber(), unit.id());
		Instant now = clock.instant();
		Inquiry inquiry;
		if (submission.category().confidential()) {
			Identity identity = new Identity(Fields.trim(submission.name()), null, Fields.trim(submission.phone()),
					null);
			inquiry = registration.confidential(new Registration.Contact(unit.id(), InquiryChannel.ONLINE,
					submission.category(), now, submission.subject(), submission.content(), true, null, List.of()),
					identity, null, concernedStaffId, submission.conductCode(), "public");
		}
		else {
			Optional<Acting> acting = windowOf(unit.id()).map(post -> substitutes.whoActsFor(new PostId(post.id()), now));
			Long handler = acting.map(Acting::staffId).orElse(null);
			StaffMember member = handler == null ? null : organization.staffMember(new StaffId(handler));
			inquiry = registration.ordinary(new Registration.Contact(unit.id(), InquiryChannel.ONLINE,
					submission.category(), now, submission.subject(), submission.content(), true, member, List.of()),
					member == null ? null : Holder.of(member, acting.get().onBehalf()),
					acting.map(Acting::postId).orElse(null), null, null, concernedStaffId, "public");
			registration.keepVisitor(inquiry, submission.name(), submission.phone());
		}
		auditLog.recordAs("public", new AuditEntry(InquiryRegister.MODULE, "inquiry.submitted",
				inquiry.id().toString(), null, "category=" + submission.category() + ", unit=" + unit.id()));
		return status(inquiry);
	}

	/**
	 * The holder of the badge number a submission names, or {@code null} when it names none; a number the register
	 * does not know, or one of another unit, is refused (checked after the submission was counted, so that numbers
	 * cannot be walked here).
	 */
	private Long concerned(String badgeNumber, long unitId) {
		if (badgeNumber == null || badgeNumber.isBlank()) {
			return null;
		}
		long holder = badges.holderOf(badgeNumber)
			.map(StaffId::value)
			.orElseThrow(() -> new InquiryFieldInvalidException("badgeNumber"));
		// the matter goes to the unit chosen; a badge of another unit would hold the wrong unit to account
		if (organization.staffMember(new StaffId(holder)).unitId() != unitId) {
			throw new InquiryFieldInvalidException("badgeOfOtherUnit");
		}
		return holder;
	}

	/** What the visitor sees for a query code: category, dates, state and, once closed, the answer. No personal data. */
	PublicStatus status(String queryCode) {
		String code = queryCode == null ? "" : queryCode.strip().toUpperCase(Locale.ROOT);
		return inquiries.byQueryCode(code).map(PublicIntake::status).orElseThrow(() -> new InquiryNotFoundException(code));
	}

	private static PublicStatus status(Inquiry inquiry) {
		RegisterEntry entry = inquiry.entry();
		return new PublicStatus(entry.queryCode(), entry.category(), entry.receivedOn(), entry.state(),
				entry.deadline(), entry.closed() ? entry.answer() : null);
	}

	private Optional<Post> windowOf(long unitId) {
		List<Post> posts = organization.postsOfUnit(new UnitId(unitId));
		return posts.stream()
			.filter(post -> post.kind() == PostKind.WINDOW)
			.findFirst()
			.or(() -> posts.stream().filter(post -> post.kind() == PostKind.HANDLING).findFirst());
	}
}
