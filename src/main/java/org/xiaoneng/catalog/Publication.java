package org.xiaoneng.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A draft goes to review, a reviewer publishes it or returns it, and an item is withdrawn (停用). Publishing and
 * withdrawing tell the other modules by event, and signal every node that its copy of the published catalogue is out
 * of date (decisions 0040, 0058).
 */
@Component
class Publication {

	private final ItemVersions items;

	private final ItemsInScope inScope;

	private final PublishedItems published;

	private final Drafting drafting;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PublishedCatalogue catalogue;

	private final Clock clock;

	Publication(ItemVersions items, ItemsInScope inScope, PublishedItems published, Drafting drafting, AuditLog audit,
			ApplicationEventPublisher events, PublishedCatalogue catalogue, Clock clock) {
		this.items = items;
		this.catalogue = catalogue;
		this.inScope = inScope;
		this.published = published;
		this.drafting = drafting;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The rules are checked once more: they may have changed since the draft was saved (a post removed). */
	ServiceItem submitForReview(long itemId, int version, Caller caller) {
		ServiceItem draft = inScope.stored(itemId, version, caller);
		CatalogAuthority.requireDrafter(caller, draft.unitId(), draft.departmentId());
		ItemVersion.of(draft, null).submit(caller.name());
		drafting.checked(ItemDraft.of(draft), itemId, caller);
		items.submit(itemId, version, caller.name(), clock.instant());
		audit.record(AuditEntry.of(ServiceCatalog.MODULE, "item.submitted", itemId + "/" + version));
		return inScope.version(itemId, version, caller);
	}

	ServiceItem returnToDraft(long itemId, int version, Caller caller) {
		ServiceItem item = inScope.stored(itemId, version, caller);
		CatalogAuthority.requireReviewer(caller, item.unitId(), item.departmentId());
		ItemVersion.of(item, null).returnToDraft();
		items.returnToDraft(itemId, version);
		audit.record(AuditEntry.of(ServiceCatalog.MODULE, "item.returned", itemId + "/" + version));
		return inScope.version(itemId, version, caller);
	}

	/** From its first day in force the version before it is superseded; cases accepted under it keep it. */
	ServiceItem publish(long itemId, int version, LocalDate effectiveFrom, Caller caller) {
		ServiceItem item = inScope.stored(itemId, version, caller);
		CatalogAuthority.requireReviewer(caller, item.unitId(), item.departmentId());
		ItemVersion publishing = ItemVersion.of(item, items.submitter(itemId, version).orElse(null));
		LocalDate today = published.today();
		ServiceItemPublished event = publishing.publish(caller.name(), effectiveFrom, today);
		drafting.checked(ItemDraft.of(item), itemId, caller);
		items.publish(itemId, version, publishing.effectiveFrom(), caller.name(), clock.instant());
		if (publishing.inForceOn(today)) {
			items.supersedeBefore(itemId, version);
		}
		catalogue.changed();
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.published", itemId + "/" + version, null,
				"effectiveFrom=" + publishing.effectiveFrom()));
		events.publishEvent(event);
		return inScope.version(itemId, version, caller);
	}

	/** No version is in force any more; every version stays on record. */
	void withdraw(long itemId, String reason, Caller caller) {
		ServiceItem latest = inScope.latest(itemId, caller);
		CatalogAuthority.requireReviewer(caller, latest.unitId(), latest.departmentId());
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new ItemElementInvalidException("withdrawalReason");
		}
		List<ItemVersion> publishedVersions = items.versionsOf(itemId)
			.stream()
			.filter(item -> item.status() == ItemStatus.PUBLISHED)
			.map(item -> ItemVersion.of(item, null))
			.toList();
		if (publishedVersions.isEmpty()) {
			throw new ItemStateConflictException(itemId, latest.version());
		}
		Optional<ServiceItem> inForce = published.current(itemId);
		inForce.ifPresent(item -> items.supersedeBefore(itemId, item.version()));
		for (ItemVersion withdrawn : publishedVersions) {
			withdrawn.withdraw();
			items.withdraw(itemId, withdrawn.item().version(), why, caller.name(), clock.instant());
		}
		catalogue.changed();
		int version = inForce.map(ServiceItem::version)
			.orElse(publishedVersions.get(publishedVersions.size() - 1).item().version());
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.withdrawn", itemId + "/" + version, null, why));
		events.publishEvent(new ServiceItemWithdrawn(itemId, version, latest.unitId()));
	}
}
