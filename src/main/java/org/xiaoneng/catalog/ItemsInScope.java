package org.xiaoneng.catalog;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;

/**
 * What staff read of the catalog: every version, drafts too, of the items of the departments in their data scope.
 * Out of scope answers as a missing item, so that existence is not leaked.
 */
@Component
class ItemsInScope {

	private final ItemVersions items;

	private final Attachments attachments;

	private final PublishedItems published;

	ItemsInScope(ItemVersions items, Attachments attachments, PublishedItems published) {
		this.items = items;
		this.attachments = attachments;
		this.published = published;
	}

	List<ServiceItem> latestVersions(Caller caller) {
		DataScope scope = caller.scope();
		return PublishedItems.byName(items.latestVersions(null)
			.stream()
			.filter(item -> scope.includesDepartment(item.unitId(), item.departmentId()))
			.toList());
	}

	ServiceItem version(long itemId, int version, Caller caller) {
		return published.withEffectiveStatus(published.withAttachments(stored(itemId, version, caller)));
	}

	/** The version as stored, before its attachments and effective status are read. */
	ServiceItem stored(long itemId, int version, Caller caller) {
		ServiceItem item = items.find(itemId, version)
			.orElseThrow(() -> new CatalogRecordNotFoundException("version", itemId + " v" + version));
		if (!caller.scope().includesDepartment(item.unitId(), item.departmentId())) {
			throw new CatalogRecordNotFoundException("version", itemId + " v" + version);
		}
		return item;
	}

	List<ServiceItem> versions(long itemId, Caller caller) {
		ServiceItem latest = latest(itemId, caller);
		return items.versionsOf(latest.id()).stream().map(published::withEffectiveStatus).toList();
	}

	ServiceItem latest(long itemId, Caller caller) {
		ServiceItem item = items.latest(itemId).orElseThrow(() -> new CatalogRecordNotFoundException("item", itemId));
		if (!caller.scope().includesDepartment(item.unitId(), item.departmentId())) {
			throw new CatalogRecordNotFoundException("item", itemId);
		}
		return published.withEffectiveStatus(published.withAttachments(item));
	}

	AttachmentFile attachment(long itemId, int version, int materialNumber, AttachmentKind kind, Caller caller) {
		stored(itemId, version, caller);
		return attachments.find(itemId, version, materialNumber, kind)
			.orElseThrow(() -> new CatalogRecordNotFoundException("attachment",
					itemId + " v" + version + " #" + materialNumber));
	}
}
