package org.xiaoneng.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;

/**
 * The service catalog (服务事项目录): items drafted, reviewed and published version by version, their attachments,
 * and the units' service commitments.
 * <p>
 * Who may do what ({@link CatalogAuthority}): a handler (HANDLER), department head (DEPT_HEAD), leader (LEADER) or
 * administrator (ADMIN) drafts, edits and submits items of the departments in their data scope. A version is
 * published only after it was submitted for review, by a DEPT_HEAD, LEADER or ADMIN with the department in scope who
 * did not submit it (审核与起草分离: the one who writes the promise to the public is not the one who approves it). The
 * same roles return a version to draft or withdraw (停用) an item. A unit's commitment is drafted by an administrator
 * or a leader or department head of the unit, and published (signed by the unit's principal leader) by an
 * administrator or a leader of the unit.
 * <p>
 * The facade holds the transactions and learns the caller once per call; the use cases behind it do the work. The
 * public reads of the published catalogue join a caller's transaction and open none: they are served from memory
 * (decisions 0040, 0058), and a public page's request would otherwise wait for a pooled connection it does not use.
 */
@Service
public class ServiceCatalog {

	static final String MODULE = "catalog";

	private final Callers callers;

	private final PublishedItems published;

	private final ItemsInScope inScope;

	private final Drafting drafting;

	private final Attaching attaching;

	private final Publication publication;

	private final UnitCommitments commitments;

	private final SearchWordEditing searchWords;

	ServiceCatalog(Callers callers, PublishedItems published, ItemsInScope inScope, Drafting drafting,
			Attaching attaching, Publication publication, UnitCommitments commitments, SearchWordEditing searchWords) {
		this.searchWords = searchWords;
		this.callers = callers;
		this.published = published;
		this.inScope = inScope;
		this.drafting = drafting;
		this.attaching = attaching;
		this.publication = publication;
		this.commitments = commitments;
	}

	// ---- the contract other modules use ------------------------------------------------------------------------

	/** One published (or since superseded/withdrawn) version; NOT_FOUND when there is none. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ServiceItem version(long itemId, int version) {
		return published.version(itemId, version);
	}

	/** The version in force today (published, effective, not withdrawn), or empty. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<ServiceItem> current(long itemId) {
		return published.current(itemId);
	}

	/** Items in force of a unit, by name. */
	@Transactional(readOnly = true)
	public List<ServiceItem> inForceOfUnit(UnitId unitId) {
		return published.inForceOfUnit(unitId.value());
	}

	/** Items in force, all units, matching a keyword in name or code (for pickers: inquiry, casework intake). */
	@Transactional(readOnly = true)
	public List<ServiceItem> searchInForce(String keyword, int limit) {
		return published.search(new ItemSearch(keyword, null, null, null, null, null))
			.stream()
			.limit(Math.max(limit, 0))
			.toList();
	}

	// ---- public reading ------------------------------------------------------------------------------------------

	/**
	 * Items in force matching the filters (the public search of the portal and the API): with a keyword, by the words
	 * people use, best match first; without, by name.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ServiceItem> search(ItemSearch search) {
		return published.search(search);
	}

	/** The keywords, other names and life event the search finds an item by. */
	@Transactional(readOnly = true)
	public List<ItemTerm> searchTerms(long itemId) {
		return published.terms(itemId);
	}

	/** The synonyms on record: a word people use and what the catalogue calls it. */
	@Transactional(readOnly = true)
	public List<Synonym> synonyms() {
		return published.synonyms();
	}

	/** The catalogue editor (an administrator) adds a synonym; a pair already on record is left as it is. */
	@Transactional
	public void addSynonym(String word, String meaning) {
		searchWords.addSynonym(word, meaning, callers.current());
	}

	/** The catalogue editor removes a synonym. */
	@Transactional
	public void removeSynonym(long synonymId) {
		searchWords.removeSynonym(synonymId, callers.current());
	}

	/** A drafter of the item's department adds a keyword, another name or the life event of an item. */
	@Transactional
	public void addSearchTerm(long itemId, TermKind kind, String term) {
		searchWords.addTerm(itemId, kind, term, callers.current());
	}

	/** A drafter of the item's department removes one of its search terms. */
	@Transactional
	public void removeSearchTerm(long itemId, long termId) {
		searchWords.removeTerm(itemId, termId, callers.current());
	}

	/** The published versions of an item, oldest first (its public history). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ServiceItem> publishedVersions(long itemId) {
		return published.publishedVersions(itemId);
	}

	/** A unit's items in force with the average reduction of their promised limits. */
	@Transactional(readOnly = true)
	public UnitCatalog unitCatalog(UnitId unitId) {
		return published.unitCatalog(unitId.value());
	}

	/** A material's blank form or sample, when its version is published. */
	@Transactional(readOnly = true)
	public AttachmentFile publicAttachment(long itemId, int version, int materialNumber, AttachmentKind kind) {
		return published.publicAttachment(itemId, version, materialNumber, kind);
	}

	/** Whether the unit has any item, in any state. */
	@Transactional(readOnly = true)
	public boolean hasItems(UnitId unitId) {
		return published.hasItems(unitId.value());
	}

	// ---- staff: items ------------------------------------------------------------------------------------------

	/** The latest version of every item the caller may see (their data scope), by name. */
	@Transactional(readOnly = true)
	public List<ServiceItem> latestVersionsInScope() {
		return inScope.latestVersions(callers.current());
	}

	/** Any version, drafts too, of an item the caller may see. */
	@Transactional(readOnly = true)
	public ServiceItem versionInScope(long itemId, int version) {
		return inScope.version(itemId, version, callers.current());
	}

	/** All versions of an item the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<ServiceItem> versionsInScope(long itemId) {
		return inScope.versions(itemId, callers.current());
	}

	/** The latest version of an item the caller may see. */
	@Transactional(readOnly = true)
	public ServiceItem latestInScope(long itemId) {
		return inScope.latest(itemId, callers.current());
	}

	/** A new item: its first version, a draft. */
	@Transactional
	public ServiceItem createDraft(ItemDraft draft) {
		return drafting.createDraft(draft, callers.current());
	}

	/** Changes a draft; a version in review or published is refused. */
	@Transactional
	public ServiceItem editDraft(long itemId, int version, ItemDraft draft) {
		return drafting.editDraft(itemId, version, draft, callers.current());
	}

	/**
	 * Starts the next version of an item from its latest one (an edit of a published item is a new version); the
	 * attachments come along. Refused while a draft or review is open.
	 */
	@Transactional
	public ServiceItem revise(long itemId) {
		return drafting.revise(itemId, callers.current());
	}

	/** Submits a draft for review; its rules are checked once more. */
	@Transactional
	public ServiceItem submitForReview(long itemId, int version) {
		return publication.submitForReview(itemId, version, callers.current());
	}

	/** A reviewer sends a version in review back to its drafter. */
	@Transactional
	public ServiceItem returnToDraft(long itemId, int version) {
		return publication.returnToDraft(itemId, version, callers.current());
	}

	/**
	 * Publishes a version in review, in force from {@code effectiveFrom} (today when {@code null}; never in the
	 * past). From that day the version before it is superseded; cases accepted under it keep it.
	 */
	@Transactional
	public ServiceItem publish(long itemId, int version, LocalDate effectiveFrom) {
		return publication.publish(itemId, version, effectiveFrom, callers.current());
	}

	/** Withdraws (停用) an item: no version is in force any more; every version stays on record. */
	@Transactional
	public void withdraw(long itemId, String reason) {
		publication.withdraw(itemId, reason, callers.current());
	}

	/**
	 * Uploads a material's blank form or sample to a draft. The file must be a PDF, Word, Excel, JPEG or PNG file by
	 * its content, not just its name, and no larger than the configured limit.
	 */
	@Transactional
	public void attach(long itemId, int version, int materialNumber, AttachmentKind kind, String fileName,
			byte[] content) {
		attaching.attach(itemId, version, materialNumber, kind, fileName, content, callers.current());
	}

	/** A material's attachment of any version the caller may see. */
	@Transactional(readOnly = true)
	public AttachmentFile attachmentInScope(long itemId, int version, int materialNumber, AttachmentKind kind) {
		return inScope.attachment(itemId, version, materialNumber, kind, callers.current());
	}

	// ---- staff: commitments --------------------------------------------------------------------------------------

	/** Writes the unit's commitment: changes its draft, or starts the next version after the published one. */
	@Transactional
	public ServiceCommitment draftCommitment(UnitId unitId, CommitmentDraft draft) {
		return commitments.draft(unitId.value(), draft, callers.current());
	}

	/** Publishes the unit's draft commitment, signed by its principal leader on {@code signedOn} (today when null). */
	@Transactional
	public ServiceCommitment publishCommitment(UnitId unitId, LocalDate signedOn) {
		return commitments.publish(unitId.value(), signedOn, callers.current());
	}

	/** The unit's latest commitment version, draft or published, for its editors. */
	@Transactional(readOnly = true)
	public Optional<ServiceCommitment> latestCommitment(UnitId unitId) {
		return commitments.latest(unitId.value());
	}

	/** The unit's published commitment, or empty. */
	@Transactional(readOnly = true)
	public Optional<ServiceCommitment> commitment(UnitId unitId) {
		return commitments.published(unitId.value());
	}

	/**
	 * The unit's published commitment as the public sees it: each measurable promise with this month's and this
	 * year's value as the {@link CommitmentMeasurements} beans report it (the first one that answers), empty when
	 * none does.
	 */
	@Transactional(readOnly = true)
	public Optional<CommitmentReport> commitmentReport(UnitId unitId) {
		return commitments.report(unitId.value());
	}

	/** Today in the platform's time zone. */
	public LocalDate today() {
		return published.today();
	}

	/** The public address of an item's guide, for QR codes. */
	public String guideUrl(long itemId) {
		return published.guideUrl(itemId);
	}
}
