package org.xiaoneng.disclosure;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;

/** The items as their unit's editors, reviewers and readers see them. */
@Component
class ItemReading {

	private final DisclosureItems items;

	ItemReading(DisclosureItems items) {
		this.items = items;
	}

	@Transactional(readOnly = true)
	ItemView item(long id, Caller caller) {
		DisclosureItem item = items.find(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireReader(caller, item.unitId().value(), item.departmentId().value(), id);
		return ItemView.of(item, items.attachmentListOf(id), items.history(id));
	}

	/** The items of the editor's own unit, newest first, of one status or all. */
	@Transactional(readOnly = true)
	List<ItemView> ofMyUnit(ItemStatus status, Caller caller) {
		long unitId = DisclosureAccess.editor(caller).unitId();
		return items.ofUnit(unitId, status).stream().map(item -> ItemView.of(item, List.of(), List.of())).toList();
	}

	/** An attachment's file, for whoever may read its item. */
	@Transactional(readOnly = true)
	AttachmentFile attachment(long itemId, long attachmentId, Caller caller) {
		DisclosureItem item = items.find(itemId).orElseThrow(() -> new DisclosureNotFoundException(itemId));
		DisclosureAccess.requireReader(caller, item.unitId().value(), item.departmentId().value(), itemId);
		return items.attachment(itemId, attachmentId)
			.map(stored -> new AttachmentFile(stored.name(), stored.mediaType(), stored.content()))
			.orElseThrow(() -> new DisclosureNotFoundException(attachmentId));
	}
}
