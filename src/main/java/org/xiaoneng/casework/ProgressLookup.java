package org.xiaoneng.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.platform.ratelimit.RateLimiter;

/**
 * The applicant looks up a case without login: by query code plus the last four digits of the phone, or plus the key
 * of the receipt's QR code; every such look-up counts against the address's limit. Reads the progress and the
 * documents meant for the applicant.
 */
@Component
class ProgressLookup {

	/** The rate limiter's bucket of public progress look-ups. */
	static final String BUCKET = "progress-lookup";

	private final CaseFiles cases;

	private final CaseViews views;

	private final CasePapers papers;

	private final CaseExtensions extensions;

	private final CaseRatings ratings;

	private final ApplicantKeys keys;

	private final RateLimiter limits;

	private final BadgeOffice badges;

	ProgressLookup(CaseFiles cases, CaseViews views, CasePapers papers, CaseExtensions extensions,
			CaseRatings ratings, ApplicantKeys keys, RateLimiter limits, BadgeOffice badges) {
		this.badges = badges;
		this.cases = cases;
		this.views = views;
		this.papers = papers;
		this.extensions = extensions;
		this.ratings = ratings;
		this.keys = keys;
		this.limits = limits;
	}

	/** The progress of a look-up {@link #count counted} before, read in a transaction of its own. */
	@Transactional(readOnly = true)
	PublicProgress progress(String queryCode, String phoneLast4, String key) {
		Case c = verified(queryCode, phoneLast4, key);
		List<PublicProgress.StepDone> done = c.steps()
			.stream()
			.filter(step -> step.completedOn() != null)
			.map(step -> new PublicProgress.StepDone(step.name(), step.completedOn()))
			.toList();
		// the public sees that and how long a case was extended, not who asked, who decided or what they noted
		List<CaseExtension> approved = extensions.ofCase(c.id())
			.stream()
			.filter(e -> e.decision() == ExtensionDecision.APPROVED)
			.map(e -> new CaseExtension(e.id(), e.caseId(), e.workingDays(), e.reason(), e.requestedOn(), "", 0,
					e.decision(), null, e.deadlineBefore(), e.deadlineAfter(), e.decisionDue(), false))
			.toList();
		List<CaseDocument> documents = papers.documents(c.id()).stream().filter(CaseDocument::forApplicant).toList();
		boolean rated = ratings.rated(c.id());
		Optional<Step> current = openStep(c);
		boolean overdue = Case.CLOCK_RUNNING.contains(c.state()) && c.schedule().deadlineStatus() == DeadlineStatus.RED;
		return new PublicProgress(c.queryCode(), c.caseNumber(), c.itemName(),
				IdentityNumbers.maskName(c.applicant().name()), c.state(), c.intake().receivedOn(), c.acceptedOn(),
				c.deadline(), done, c.pauses().stream().map(Pause::view).toList(), approved, documents, rated,
				!rated && Rating.rateable(c), keys.accessKey(c.queryCode()), handlerBadge(c).orElse(null),
				current.map(Step::name).orElse(null), overdue,
				current.map(Step::departmentId).orElse(c.departmentId()));
	}

	/** The step being worked now: open, in a case whose clock runs (a paused case waits, it is not being worked). */
	private static Optional<Step> openStep(Case c) {
		if (!Case.CLOCK_RUNNING.contains(c.state())) {
			return Optional.empty();
		}
		return c.steps().stream().filter(Step::open).findFirst();
	}

	/**
	 * The badge number of whoever handles the case now, or last handled it: the public knows window clerks by it
	 * (《效能建设工作制度》九、持证上岗制度), never by more than their name on the papers.
	 */
	private Optional<String> handlerBadge(Case c) {
		Long staffId = c.current() != null && c.current().staffId() != null ? c.current().staffId()
				: c.steps().stream().map(Step::staffId).filter(Objects::nonNull).reduce((first, last) -> last).orElse(null);
		return staffId == null ? Optional.empty() : badges.numberOf(new StaffId(staffId));
	}

	/** A document for the applicant, by the access key of the progress page (a link, not counted as a look-up). */
	Cases.StoredPdf document(String queryCode, String key, long documentId) {
		Case c = verified(queryCode, null, key);
		Cases.StoredPdf pdf = views.storedPdf(c.id(), documentId);
		if (!pdf.forApplicant()) {
			throw new CaseNotFoundException(documentId);
		}
		return pdf;
	}

	/**
	 * Counts a look-up against the address's limit, before it is answered, a refused one too, so that codes cannot be
	 * probed. Called while no transaction is open (docs/decisions/0048): the limiter commits the count in its own.
	 */
	void count(String address) {
		if (!limits.attempt(BUCKET, address)) {
			throw new ProgressLookupsExceededException();
		}
	}

	/** Code plus phone digits, or code plus key; anything else is the same "not found", so codes cannot be probed. */
	Case verified(String queryCode, String phoneLast4, String key) {
		if (queryCode == null || queryCode.isBlank()) {
			throw new ProgressLookupRefusedException();
		}
		Optional<Case> found = cases.byQueryCode(queryCode.strip().toUpperCase(Locale.ROOT));
		if (found.isEmpty()) {
			throw new ProgressLookupRefusedException();
		}
		Case c = found.get();
		boolean byKey = key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
				keys.accessKey(c.queryCode()).getBytes(StandardCharsets.UTF_8));
		boolean byPhone = phoneLast4 != null && phoneLast4.strip().length() == 4
				&& keys.decrypt(c.applicant().phoneEncrypted()).endsWith(phoneLast4.strip());
		if (!byKey && !byPhone) {
			throw new ProgressLookupRefusedException();
		}
		return c;
	}
}
