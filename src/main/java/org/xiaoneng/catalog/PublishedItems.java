package org.xiaoneng.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/**
 * What the public and the other modules read of the catalog: the versions in force and the published history, with
 * each material's blank form and sample flagged. Drafts and versions in review are nobody's business but their
 * writers'.
 */
@Component
class PublishedItems {

	private final PublishedCatalogue catalogue;

	private final ItemVersions items;

	private final Attachments attachments;

	private final Organization organization;

	private final CatalogSettings settings;

	private final SearchWordStore searchWords;

	private final Clock clock;

	PublishedItems(PublishedCatalogue catalogue, ItemVersions items, Attachments attachments,
			Organization organization, CatalogSettings settings, SearchWordStore searchWords, Clock clock) {
		this.searchWords = searchWords;
		this.catalogue = catalogue;
		this.items = items;
		this.attachments = attachments;
		this.organization = organization;
		this.settings = settings;
		this.clock = clock;
	}

	ServiceItem version(long itemId, int version) {
		PublishedCatalogue.Copy copy = catalogue.current();
		return copy.version(itemId, version)
			.map(item -> withEffectiveStatus(item, copy))
			.orElseThrow(() -> new CatalogRecordNotFoundException("version", itemId + " v" + version));
	}

	Optional<ServiceItem> current(long itemId) {
		return catalogue.current().inForce(itemId, today());
	}

	List<ServiceItem> inForceOfUnit(long unitId) {
		return byName(inForce(unitId));
	}

	/**
	 * Items in force matching the filters; with a keyword, found by the words people use ({@link WordSearch}) and
	 * listed best match first, otherwise by name.
	 */
	List<ServiceItem> search(ItemSearch search) {
		List<ServiceItem> filtered = inForce(search.unitId()).stream()
			.filter(item -> search.departmentId() == null || item.departmentId() == search.departmentId())
			.filter(item -> search.type() == null || item.type() == search.type())
			.filter(item -> search.caseKind() == null || item.caseKind() == search.caseKind())
			.filter(item -> search.online() == null || item.online() == search.online())
			.toList();
		if (search.keyword() == null || search.keyword().isBlank()) {
			return byName(filtered);
		}
		WordSearch words = WordSearch.of(search.keyword(), searchWords.synonyms());
		Map<Long, List<ItemTerm>> terms = searchWords.termsOf(filtered.stream().map(ServiceItem::id).toList());
		record Ranked(ServiceItem item, int rank) {
		}
		return filtered.stream()
			.map(item -> new Ranked(item, words.rank(item, terms.getOrDefault(item.id(), List.of())).orElse(-1)))
			.filter(ranked -> ranked.rank() >= 0)
			.sorted(Comparator.comparingInt(Ranked::rank)
				.thenComparing(ranked -> ranked.item().name())
				.thenComparingLong(ranked -> ranked.item().id()))
			.map(Ranked::item)
			.toList();
	}

	/** The words an item is found by beyond its name, codes and materials. */
	List<ItemTerm> terms(long itemId) {
		return searchWords.termsOf(List.of(itemId)).getOrDefault(itemId, List.of());
	}

	List<Synonym> synonyms() {
		return searchWords.synonyms();
	}

	List<ServiceItem> publishedVersions(long itemId) {
		PublishedCatalogue.Copy copy = catalogue.current();
		return copy.versionsOf(itemId).stream().map(item -> withEffectiveStatus(item, copy)).toList();
	}

	UnitCatalog unitCatalog(long unitId) {
		organization.unit(new UnitId(unitId));
		List<ServiceItem> inForce = inForceOfUnit(unitId);
		return new UnitCatalog(unitId, inForce, averageReductionPercent(inForce));
	}

	AttachmentFile publicAttachment(long itemId, int version, int materialNumber, AttachmentKind kind) {
		version(itemId, version);
		return attachments.find(itemId, version, materialNumber, kind)
			.orElseThrow(() -> new CatalogRecordNotFoundException("attachment",
					itemId + " v" + version + " #" + materialNumber));
	}

	boolean hasItems(long unitId) {
		return items.anyItemOfUnit(unitId);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	String guideUrl(long itemId) {
		return settings.guideUrl(itemId);
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

	/** Sets each material's attachment flags from the attachments on record. */
	ServiceItem withAttachments(ServiceItem item) {
		return withAttachments(item, Set.copyOf(attachments.of(item.id(), item.version())));
	}

	/**
	 * A published version whose successor is already in force reads as superseded, also before the stored status
	 * caught up (a successor published with a later effective date).
	 */
	ServiceItem withEffectiveStatus(ServiceItem item) {
		if (item.status() != ItemStatus.PUBLISHED) {
			return item;
		}
		// the staff's pages read the item itself, also inside the transaction that publishes it: not the public copy
		LocalDate today = today();
		return withEffectiveStatus(item, items.versionsOf(item.id())
			.stream()
			.filter(version -> ItemVersion.of(version, null).inForceOn(today))
			.max(Comparator.comparingInt(ServiceItem::version)));
	}

	private ServiceItem withEffectiveStatus(ServiceItem item, PublishedCatalogue.Copy copy) {
		return item.status() == ItemStatus.PUBLISHED ? withEffectiveStatus(item, copy.inForce(item.id(), today())) : item;
	}

	private static ServiceItem withEffectiveStatus(ServiceItem item, Optional<ServiceItem> inForce) {
		if (inForce.isPresent() && inForce.get().version() > item.version()) {
			return withStatus(item, ItemStatus.SUPERSEDED);
		}
		return item;
	}

	static List<ServiceItem> byName(List<ServiceItem> list) {
		return list.stream().sorted(Comparator.comparing(ServiceItem::name).thenComparingLong(ServiceItem::id)).toList();
	}

	private List<ServiceItem> inForce(Long unitId) {
		return catalogue.current().inForce(today(), unitId);
	}

	static ServiceItem withAttachments(ServiceItem item, Set<Attachments.Present> present) {
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
				item.maxExtensionWorkingDays(), item.extensionBasis(), item.discipline(), item.faq(), item.status(),
				item.effectiveFrom());
	}

	private static ServiceItem withStatus(ServiceItem item, ItemStatus status) {
		return new ServiceItem(item.id(), item.version(), item.name(), item.basicCode(), item.implementationCode(),
				item.type(), item.unitId(), item.departmentId(), item.responsiblePostIds(), item.legalBasis(),
				item.conditions(), item.statutoryLimit(), item.promisedLimit(), item.caseKind(), item.steps(),
				item.specialProcedures(), item.materials(), item.fees(), item.place(), item.hours(),
				item.consultationPhone(), item.supervisionPhone(), item.maxVisits(), item.online(),
				item.refusalAuthority(), item.maxExtensionWorkingDays(), item.extensionBasis(), item.discipline(),
				item.faq(), status,
				item.effectiveFrom());
	}
}
