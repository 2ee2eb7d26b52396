package org.xiaoneng.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The service catalog (服务事项目录): items drafted, reviewed and published version by version, their attachments,
 * and the units' service commitments.
 * <p>
 * Who may do what: a handler (HANDLER), department head (DEPT_HEAD), leader (LEADER) or administrator (ADMIN) drafts,
 * edits and submits items of the departments in their data scope. A version is published only after it was submitted
 * for review, by a DEPT_HEAD, LEADER or ADMIN with the department in scope who did not submit it (审核与起草分离: the
 * one who writes the promise to the public is not the one who approves it). The same roles return a version to draft
 * or withdraw (停用) an item. A unit's commitment is drafted by an administrator or a leader or department head of the
 * unit, and published (signed by the unit's principal leader) by an administrator or a leader of the unit.
 */
@Service
public class ServiceCatalog {

	private static final Set<String> DRAFTERS = Set.of("HANDLER", "DEPT_HEAD", "LEADER", "ADMIN");

	private static final Set<String> REVIEWERS = Set.of("DEPT_HEAD", "LEADER", "ADMIN");

	private static final String MODULE = "catalog";

	private final ItemVersions items;

	private final Attachments attachments;

	private final Commitments commitments;

	private final Organization organization;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Callers callers;

	private final CatalogSettings settings;

	private final Cryptography cryptography;

	private final ObjectProvider<CommitmentMeasurements> measurements;

	ServiceCatalog(Callers callers, ItemVersions items, Attachments attachments, Commitments commitments, Organization organization,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, CatalogSettings settings,
			Cryptography cryptography, ObjectProvider<CommitmentMeasurements> measurements) {
		this.items = items;
		this.attachments = attachments;
		this.commitments = commitments;
		this.organization = organization;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.callers = callers;
		this.settings = settings;
		this.cryptography = cryptography;
		this.measurements = measurements;
	}

	// ---- the contract other modules use ------------------------------------------------------------------------

	/** One published (or since superseded/withdrawn) version; NOT_FOUND when there is none. */
	@Transactional(readOnly = true)
	public ServiceItem version(long itemId, int version) {
		return items.find(itemId, version)
			.filter(item -> item.status() != ItemStatus.DRAFT && item.status() != ItemStatus.IN_REVIEW)
			.map(this::withAttachments)
			.map(this::withEffectiveStatus)
			.orElseThrow(() -> new CatalogRecordNotFoundException("version", itemId + " v" + version));
	}

	/** The version in force today (published, effective, not withdrawn), or empty. */
	@Transactional(readOnly = true)
	public Optional<ServiceItem> current(long itemId) {
		LocalDate today = today();
		return items.versionsOf(itemId)
			.stream()
			.filter(item -> item.status() == ItemStatus.PUBLISHED && !item.effectiveFrom().isAfter(today))
			.max(Comparator.comparingInt(ServiceItem::version))
			.map(this::withAttachments);
	}

	/** Items in force of a unit, by name. */
	@Transactional(readOnly = true)
	public List<ServiceItem> inForceOfUnit(long unitId) {
		return byName(inForce(unitId));
	}

	/** Items in force, all units, matching a keyword in name or code (for pickers: inquiry, casework intake). */
	@Transactional(readOnly = true)
	public List<ServiceItem> searchInForce(String keyword, int limit) {
		return search(new ItemSearch(keyword, null, null, null, null, null)).stream().limit(Math.max(limit, 0)).toList();
	}

	// ---- public reading ------------------------------------------------------------------------------------------

	/** Items in force matching the filters, by name (the public search of the portal and the API). */
	@Transactional(readOnly = true)
	public List<ServiceItem> search(ItemSearch search) {
		String keyword = search.keyword() == null ? "" : search.keyword().strip().toLowerCase(Locale.ROOT);
		return byName(inForce(search.unitId())
			.stream()
			.filter(item -> keyword.isEmpty() || item.name().toLowerCase(Locale.ROOT).contains(keyword)
					|| item.implementationCode().toLowerCase(Locale.ROOT).contains(keyword)
					|| item.basicCode().toLowerCase(Locale.ROOT).contains(keyword))
			.filter(item -> search.departmentId() == null || item.departmentId() == search.departmentId())
			.filter(item -> search.type() == null || item.type() == search.type())
			.filter(item -> search.caseKind() == null || item.caseKind() == search.caseKind())
			.filter(item -> search.online() == null || item.online() == search.online())
			.toList());
	}

	/** The published versions of an item, oldest first (its public history). */
	@Transactional(readOnly = true)
	public List<ServiceItem> publishedVersions(long itemId) {
		return items.versionsOf(itemId)
			.stream()
			.filter(item -> item.status() != ItemStatus.DRAFT && item.status() != ItemStatus.IN_REVIEW)
			.map(this::withEffectiveStatus)
			.toList();
	}

	/** A unit's items in force with the average reduction of their promised limits. */
	@Transactional(readOnly = true)
	public UnitCatalog unitCatalog(long unitId) {
		organization.unit(unitId);
		List<ServiceItem> inForce = inForceOfUnit(unitId);
		return new UnitCatalog(unitId, inForce, averageReductionPercent(inForce));
	}

	/**
	 * The mean of (statutory − promised) / statutory over the items whose statutory limit is set and not zero, in
	 * whole percent rounded half up; {@code null} when there is none. Each item counts once, whatever its length, as
	 * the public reads "承诺时限平均比法定时限缩短 n%".
	 */
	static Integer averageReductionPercent(List<ServiceItem> inForce) {
		List<BigDecimal> reductions = inForce.stream()
			.filter(item -> item.statutoryLimit().number() != null && item.statutoryLimit().number() > 0)
			.map(item -> BigDecimal.valueOf(item.statutoryLimit().number() - item.promisedLimit().number())
				.divide(BigDecimal.valueOf(item.statutoryLimit().number()), 10, RoundingMode.HALF_UP))
			.toList();
		if (reductions.isEmpty()) {
			return null;
		}
		BigDecimal sum = reductions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(reductions.size()), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	/** A material's blank form or sample, when its version is published. */
	@Transactional(readOnly = true)
	public AttachmentFile publicAttachment(long itemId, int version, int materialNumber, AttachmentKind kind) {
		version(itemId, version);
		return attachments.find(itemId, version, materialNumber, kind)
			.orElseThrow(() -> new CatalogRecordNotFoundException("attachment", itemId + " v" + version + " #" + materialNumber));
	}

	/** Whether the unit has any item, in any state. */
	@Transactional(readOnly = true)
	public boolean hasItems(long unitId) {
		return items.anyItemOfUnit(unitId);
	}

	// ---- staff: items ------------------------------------------------------------------------------------------

	/** The latest version of every item the caller may see (their data scope), by name. */
	@Transactional(readOnly = true)
	public List<ServiceItem> latestVersionsInScope() {
		DataScope scope = scope();
		return byName(items.latestVersions(null)
			.stream()
			.filter(item -> scope.includesDepartment(item.unitId(), item.departmentId()))
			.toList());
	}

	/** Any version, drafts too, of an item the caller may see. */
	@Transactional(readOnly = true)
	public ServiceItem versionInScope(long itemId, int version) {
		ServiceItem item = items.find(itemId, version)
			.orElseThrow(() -> new CatalogRecordNotFoundException("version", itemId + " v" + version));
		if (!scope().includesDepartment(item.unitId(), item.departmentId())) {
			throw new CatalogRecordNotFoundException("version", itemId + " v" + version);
		}
		return withEffectiveStatus(withAttachments(item));
	}

	/** All versions of an item the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<ServiceItem> versionsInScope(long itemId) {
		ServiceItem latest = latestInScope(itemId);
		return items.versionsOf(latest.id()).stream().map(this::withEffectiveStatus).toList();
	}

	/** The latest version of an item the caller may see. */
	@Transactional(readOnly = true)
	public ServiceItem latestInScope(long itemId) {
		ServiceItem item = items.latest(itemId).orElseThrow(() -> new CatalogRecordNotFoundException("item", itemId));
		if (!scope().includesDepartment(item.unitId(), item.departmentId())) {
			throw new CatalogRecordNotFoundException("item", itemId);
		}
		return withEffectiveStatus(withAttachments(item));
	}

	/** A new item: its first version, a draft. */
	@Transactional
	public ServiceItem createDraft(ItemDraft draft) {
		ItemDraft checked = checked(draft, null);
		String by = callerName();
		long itemId = items.insertItem(checked, by, now());
		items.insertVersion(itemId, 1, checked, by, now());
		audit.record(new AuditEntry(MODULE, "item.drafted", itemId + "/1", null, summary(checked)));
		return items.find(itemId, 1).orElseThrow();
	}

	/** Changes a draft; a version in review or published is refused. */
	@Transactional
	public ServiceItem editDraft(long itemId, int version, ItemDraft draft) {
		ServiceItem existing = versionInScope(itemId, version);
		requireOpen(existing);
		if (existing.status() == ItemStatus.IN_REVIEW) {
			throw new ItemStateConflictException(itemId, version);
		}
		ItemDraft checked = checked(draft, itemId);
		if (checked.unitId() != existing.unitId()) {
			throw new ItemElementInvalidException("unitChanged");
		}
		items.changeCode(itemId, checked.implementationCode());
		items.updateDraft(itemId, version, checked, callerName(), now());
		attachments.removeBeyond(itemId, version, checked.materials().size());
		audit.record(new AuditEntry(MODULE, "item.edited", itemId + "/" + version, summary(ItemDraft.of(existing)),
				summary(checked)));
		return withAttachments(items.find(itemId, version).orElseThrow());
	}

	/**
	 * Starts the next version of an item from its latest one (an edit of a published item is a new version); the
	 * attachments come along. Refused while a draft or review is open.
	 */
	@Transactional
	public ServiceItem revise(long itemId) {
		ServiceItem latest = latestInScope(itemId);
		requireDrafter(latest.unitId(), latest.departmentId());
		if (latest.status() == ItemStatus.DRAFT || latest.status() == ItemStatus.IN_REVIEW) {
			throw new ItemStateConflictException(itemId, latest.version());
		}
		int next = latest.version() + 1;
		items.insertVersion(itemId, next, ItemDraft.of(latest), callerName(), now());
		for (Material material : latest.materials()) {
			attachments.copy(itemId, latest.version(), next, material.number(), material.number());
		}
		audit.record(AuditEntry.of(MODULE, "item.revised", itemId + "/" + next));
		return withAttachments(items.find(itemId, next).orElseThrow());
	}

	/** Submits a draft for review; its rules are checked once more. */
	@Transactional
	public ServiceItem submitForReview(long itemId, int version) {
		ServiceItem draft = versionInScope(itemId, version);
		requireDrafter(draft.unitId(), draft.departmentId());
		if (draft.status() != ItemStatus.DRAFT) {
			throw draft.status() == ItemStatus.IN_REVIEW ? new ItemStateConflictException(itemId, version)
					: new PublishedVersionImmutableException(itemId, version);
		}
		checked(ItemDraft.of(draft), itemId);
		items.submit(itemId, version, callerName(), now());
		audit.record(AuditEntry.of(MODULE, "item.submitted", itemId + "/" + version));
		return withAttachments(items.find(itemId, version).orElseThrow());
	}

	/** A reviewer sends a version in review back to its drafter. */
	@Transactional
	public ServiceItem returnToDraft(long itemId, int version) {
		ServiceItem item = versionInScope(itemId, version);
		requireReviewer(item.unitId(), item.departmentId());
		if (item.status() != ItemStatus.IN_REVIEW) {
			throw new ItemStateConflictException(itemId, version);
		}
		items.returnToDraft(itemId, version);
		audit.record(AuditEntry.of(MODULE, "item.returned", itemId + "/" + version));
		return withAttachments(items.find(itemId, version).orElseThrow());
	}

	/**
	 * Publishes a version in review, in force from {@code effectiveFrom} (today when {@code null}; never in the
	 * past). From that day the version before it is superseded; cases accepted under it keep it.
	 */
	@Transactional
	public ServiceItem publish(long itemId, int version, LocalDate effectiveFrom) {
		ServiceItem item = versionInScope(itemId, version);
		requireReviewer(item.unitId(), item.departmentId());
		if (item.status() == ItemStatus.DRAFT) {
			throw new PublishingWithoutReviewException(item.name(), version);
		}
		if (item.status() != ItemStatus.IN_REVIEW) {
			throw new PublishedVersionImmutableException(itemId, version);
		}
		if (callerName().equals(items.submitter(itemId, version).orElse(null))) {
			throw new ReviewerIsDrafterException(item.name());
		}
		LocalDate today = today();
		LocalDate from = effectiveFrom == null ? today : effectiveFrom;
		if (from.isBefore(today)) {
			throw new ItemElementInvalidException("effectiveFromPast", from);
		}
		checked(ItemDraft.of(item), itemId);
		items.publish(itemId, version, from, callerName(), now());
		if (!from.isAfter(today)) {
			items.supersedeBefore(itemId, version);
		}
		audit.record(new AuditEntry(MODULE, "item.published", itemId + "/" + version, null, "effectiveFrom=" + from));
		events.publishEvent(new ServiceItemPublished(itemId, version, item.unitId(), from));
		return withAttachments(items.find(itemId, version).orElseThrow());
	}

	/** Withdraws (停用) an item: no version is in force any more; every version stays on record. */
	@Transactional
	public void withdraw(long itemId, String reason) {
		ServiceItem latest = latestInScope(itemId);
		requireReviewer(latest.unitId(), latest.departmentId());
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new ItemElementInvalidException("withdrawalReason");
		}
		List<ServiceItem> published = items.versionsOf(itemId)
			.stream()
			.filter(item -> item.status() == ItemStatus.PUBLISHED)
			.toList();
		if (published.isEmpty()) {
			throw new ItemStateConflictException(itemId, latest.version());
		}
		Optional<ServiceItem> inForce = current(itemId);
		inForce.ifPresent(item -> items.supersedeBefore(itemId, item.version()));
		for (ServiceItem item : published) {
			items.withdraw(itemId, item.version(), why, callerName(), now());
		}
		int version = inForce.map(ServiceItem::version).orElse(published.get(published.size() - 1).version());
		audit.record(new AuditEntry(MODULE, "item.withdrawn", itemId + "/" + version, null, why));
		events.publishEvent(new ServiceItemWithdrawn(itemId, version, latest.unitId()));
	}

	/**
	 * Uploads a material's blank form or sample to a draft. The file must be a PDF, Word, Excel, JPEG or PNG file by
	 * its content, not just its name, and no larger than the configured limit.
	 */
	@Transactional
	public void attach(long itemId, int version, int materialNumber, AttachmentKind kind, String fileName,
			byte[] content) {
		ServiceItem item = versionInScope(itemId, version);
		requireDrafter(item.unitId(), item.departmentId());
		if (item.status() != ItemStatus.DRAFT) {
			throw new PublishedVersionImmutableException(itemId, version);
		}
		if (item.material(materialNumber) == null) {
			throw new CatalogRecordNotFoundException("material", itemId + " v" + version + " #" + materialNumber);
		}
		long limit = settings.maxAttachmentSize().toBytes();
		if (content.length > limit) {
			throw new AttachmentTooLargeException(fileName, settings.maxAttachmentSize().toMegabytes());
		}
		String type = FileTypes.recognise(fileName, content)
			.orElseThrow(() -> new AttachmentTypeNotAllowedException(fileName));
		String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		String digest = java.util.HexFormat.of().formatHex(cryptography.sm3(content));
		attachments.put(itemId, version, materialNumber, kind, name, type, content, digest, callerName(), now());
		audit.record(new AuditEntry(MODULE, "item.attached", itemId + "/" + version, null,
				"material=" + materialNumber + ", kind=" + kind + ", sm3=" + digest));
	}

	/** A material's attachment of any version the caller may see. */
	@Transactional(readOnly = true)
	public AttachmentFile attachmentInScope(long itemId, int version, int materialNumber, AttachmentKind kind) {
		versionInScope(itemId, version);
		return attachments.find(itemId, version, materialNumber, kind)
			.orElseThrow(() -> new CatalogRecordNotFoundException("attachment", itemId + " v" + version + " #" + materialNumber));
	}

	// ---- staff: commitments --------------------------------------------------------------------------------------

	/** Writes the unit's commitment: changes its draft, or starts the next version after the published one. */
	@Transactional
	public ServiceCommitment draftCommitment(long unitId, CommitmentDraft draft) {
		organization.unit(unitId);
		requireCommitmentAuthor(unitId, false);
		CommitmentDraft checked = checked(draft);
		Optional<ServiceCommitment> latest = commitments.latest(unitId);
		if (latest.isPresent() && latest.get().status() == CommitmentStatus.DRAFT) {
			commitments.update(unitId, latest.get().version(), checked, callerName(), now());
		}
		else {
			commitments.insert(unitId, latest.map(c -> c.version() + 1).orElse(1), checked, callerName(), now());
		}
		ServiceCommitment saved = commitments.latest(unitId).orElseThrow();
		audit.record(AuditEntry.of(MODULE, "commitment.drafted", unitId + "/" + saved.version()));
		return saved;
	}

	/** Publishes the unit's draft commitment, signed by its principal leader on {@code signedOn} (today when null). */
	@Transactional
	public ServiceCommitment publishCommitment(long unitId, LocalDate signedOn) {
		Unit unit = organization.unit(unitId);
		requireCommitmentAuthor(unitId, true);
		ServiceCommitment draft = commitments.latest(unitId)
			.filter(c -> c.status() == CommitmentStatus.DRAFT)
			.orElseThrow(() -> new CatalogRecordNotFoundException("commitmentDraft", unitId));
		if (unit.principalLeaderId() == null) {
			throw new CommitmentInvalidException("noPrincipalLeader", unit.name());
		}
		LocalDate date = signedOn == null ? today() : signedOn;
		commitments.publish(unitId, draft.version(), unit.principalLeaderId(), date, callerName(), now());
		audit.record(new AuditEntry(MODULE, "commitment.published", unitId + "/" + draft.version(), null,
				"signer=" + unit.principalLeaderId() + ", signedOn=" + date));
		return commitments.published(unitId).orElseThrow();
	}

	/** The unit's latest commitment version, draft or published, for its editors. */
	@Transactional(readOnly = true)
	public Optional<ServiceCommitment> latestCommitment(long unitId) {
		return commitments.latest(unitId);
	}

	/** The unit's published commitment, or empty. */
	@Transactional(readOnly = true)
	public Optional<ServiceCommitment> commitment(long unitId) {
		return commitments.published(unitId);
	}

	/**
	 * The unit's published commitment as the public sees it: each measurable promise with this month's and this
	 * year's value as the {@link CommitmentMeasurements} beans report it (the first one that answers), empty when
	 * none does.
	 */
	@Transactional(readOnly = true)
	public Optional<CommitmentReport> commitmentReport(long unitId) {
		organization.unit(unitId);
		LocalDate today = today();
		return commitments.published(unitId).map(commitment -> {
			List<MeasuredPromise> measured = new ArrayList<>();
			for (Promise promise : commitment.promises()) {
				measured.add(new MeasuredPromise(promise, measure(unitId, promise.metric(), today.withDayOfMonth(1), today),
						measure(unitId, promise.metric(), today.withDayOfYear(1), today)));
			}
			return new CommitmentReport(commitment, measured, averageReductionPercent(inForceOfUnit(unitId)));
		});
	}

	/** Today in the platform's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The public address of an item's guide, for QR codes. */
	public String guideUrl(long itemId) {
		return settings.guideUrl(itemId);
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private List<ServiceItem> inForce(Long unitId) {
		List<ServiceItem> found = items.inForce(today(), unitId);
		var present = attachments.ofItems(found.stream().map(ServiceItem::id).toList());
		return found.stream()
			.map(item -> withAttachments(item,
					present.getOrDefault(item.id(), Map.of()).getOrDefault(item.version(), Set.of())))
			.toList();
	}

	private Optional<Measurement> measure(long unitId, CommitmentMetric metric, LocalDate from, LocalDate to) {
		if (metric == null) {
			return Optional.empty();
		}
		return measurements.orderedStream()
			.map(source -> source.measure(unitId, metric, from, to))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private ItemDraft checked(ItemDraft draft, Long itemId) {
		ItemDraft normalized = ItemRules.normalized(draft);
		// the scope first: a caller who may not draft for that department learns nothing of the item's rules
		requireDrafter(normalized.unitId(), normalized.departmentId());
		ItemRules.check(normalized, organization);
		if (items.codeTaken(normalized.implementationCode(), itemId)) {
			throw new ImplementationCodeTakenException(normalized.implementationCode());
		}
		return normalized;
	}

	private static CommitmentDraft checked(CommitmentDraft draft) {
		String preamble = draft.preamble() == null ? "" : draft.preamble().strip();
		List<Promise> promises = new ArrayList<>();
		for (Promise promise : draft.promises()) {
			String text = promise.text() == null ? "" : promise.text().strip();
			if (text.isEmpty() || promise.category() == null) {
				throw new CommitmentInvalidException("promise", promises.size() + 1);
			}
			promises.add(new Promise(promises.size() + 1, promise.category(), text, promise.metric()));
		}
		if (promises.isEmpty()) {
			throw new CommitmentInvalidException("noPromises");
		}
		return new CommitmentDraft(preamble, promises);
	}

	private void requireOpen(ServiceItem item) {
		if (item.status() != ItemStatus.DRAFT && item.status() != ItemStatus.IN_REVIEW) {
			throw new PublishedVersionImmutableException(item.id(), item.version());
		}
	}

	private void requireDrafter(long unitId, long departmentId) {
		if (!hasAnyRole(DRAFTERS) || !scope().includesDepartment(unitId, departmentId)) {
			throw new CatalogAuthorityMissingException();
		}
	}

	private void requireReviewer(long unitId, long departmentId) {
		if (!hasAnyRole(REVIEWERS) || !scope().includesDepartment(unitId, departmentId)) {
			throw new CatalogAuthorityMissingException();
		}
	}

	private void requireCommitmentAuthor(long unitId, boolean publishing) {
		if (hasAnyRole(Set.of("ADMIN"))) {
			return;
		}
		Set<String> roles = publishing ? Set.of("LEADER") : Set.of("LEADER", "DEPT_HEAD");
		Optional<StaffMember> caller = callers.current().staff();
		if (!hasAnyRole(roles) || caller.isEmpty() || caller.get().unitId() != unitId) {
			throw new CatalogAuthorityMissingException();
		}
	}

	private DataScope scope() {
		return callers.current().scope();
	}

	private boolean hasAnyRole(Set<String> roles) {
		return roles.stream().anyMatch(callers.current()::hasRole);
	}

	private String callerName() {
		return callers.current().name();
	}

	private Instant now() {
		return clock.instant();
	}

	/** Sets each material's attachment flags from the attachments on record. */
	private ServiceItem withAttachments(ServiceItem item) {
		return withAttachments(item, Set.copyOf(attachments.of(item.id(), item.version())));
	}

	private static ServiceItem withAttachments(ServiceItem item, Set<Attachments.Present> present) {
		List<Material> materials = item.materials()
			.stream()
			.map(m -> new Material(m.number(), m.name(), m.issuer(), m.originals(), m.copies(), m.paperSize(),
					m.required(), m.condition(), m.electronicAccepted(), m.notes(),
					present.contains(new Attachments.Present(m.number(), AttachmentKind.BLANK_FORM)),
					present.contains(new Attachments.Present(m.number(), AttachmentKind.SAMPLE))))
			.toList();
		return new ServiceItem(item.id(), item.version(), item.name(), item.basicCode(), item.implementationCode(),
				item.type(), item.unitId(), item.departmentId(), item.responsiblePostIds(), item.legalBasis(),
				item.conditions(), item.statutoryLimit(), item.promisedLimit(), item.caseKind(), item.steps(),
				item.specialProcedures(), materials, item.fees(), item.place(), item.hours(), item.consultationPhone(),
				item.supervisionPhone(), item.maxVisits(), item.online(), item.refusalAuthority(),
				item.maxExtensionWorkingDays(), item.discipline(), item.faq(), item.status(), item.effectiveFrom());
	}

	/**
	 * A published version whose successor is already in force reads as superseded, also before the stored status
	 * caught up (a successor published with a later effective date).
	 */
	private ServiceItem withEffectiveStatus(ServiceItem item) {
		if (item.status() != ItemStatus.PUBLISHED) {
			return item;
		}
		Optional<ServiceItem> inForce = current(item.id());
		if (inForce.isPresent() && inForce.get().version() > item.version()) {
			return withStatus(item, ItemStatus.SUPERSEDED);
		}
		return item;
	}

	private static ServiceItem withStatus(ServiceItem item, ItemStatus status) {
		return new ServiceItem(item.id(), item.version(), item.name(), item.basicCode(), item.implementationCode(),
				item.type(), item.unitId(), item.departmentId(), item.responsiblePostIds(), item.legalBasis(),
				item.conditions(), item.statutoryLimit(), item.promisedLimit(), item.caseKind(), item.steps(),
				item.specialProcedures(), item.materials(), item.fees(), item.place(), item.hours(),
				item.consultationPhone(), item.supervisionPhone(), item.maxVisits(), item.online(),
				item.refusalAuthority(), item.maxExtensionWorkingDays(), item.discipline(), item.faq(), status,
				item.effectiveFrom());
	}

	private static List<ServiceItem> byName(List<ServiceItem> list) {
		return list.stream().sorted(Comparator.comparing(ServiceItem::name).thenComparingLong(ServiceItem::id)).toList();
	}

	private static String summary(ItemDraft draft) {
		return "name=" + draft.name() + ", code=" + draft.implementationCode() + ", statutory="
				+ draft.statutoryLimit().number() + ", promised=" + draft.promisedLimit().number() + ", materials="
				+ draft.materials().stream().map(Material::name).collect(Collectors.joining("、"));
	}
}
