package org.xiaoneng.disclosure;

import java.io.IOException;
import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Attachments of an item: a PDF, DOCX or XLSX file whose first bytes confirm its name, within the size limit and
 * readable for its text (else its personal information could not be checked). A change to an item's attachments
 * sends a cleared item back to draft, as a change to its text does, since the review saw other files.
 */
@Component
class ItemAttaching {

	private final DisclosureItems items;

	private final DisclosureSettings settings;

	private final AuditLog auditLog;

	private final Clock clock;

	ItemAttaching(DisclosureItems items, DisclosureSettings settings, AuditLog auditLog, Clock clock) {
		this.items = items;
		this.settings = settings;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	long attach(long itemId, String fileName, byte[] content, Caller caller) {
		DisclosureItem item = changeable(itemId, caller);
		String name = fileName == null ? "" : fileName.strip();
		if (content == null || content.length == 0) {
			throw new AttachmentRefusedException("empty", name);
		}
		if (content.length > settings.attachmentMaxBytes()) {
			throw new AttachmentRefusedException("tooLarge", name);
		}
		AttachmentFormat format = AttachmentFormat.of(name, content)
			.orElseThrow(() -> new AttachmentRefusedException("type", name));
		try {
			format.scan(name, content);
		}
		catch (IOException | RuntimeException unreadable) {
			throw new AttachmentRefusedException("unreadable", name);
		}
		long id = items.addAttachment(itemId, name, format.mediaType(), content, clock.instant(), caller.name());
		backToDraft(item, "ATTACHED", name, caller);
		return id;
	}

	@Transactional
	void detach(long itemId, long attachmentId, Caller caller) {
		DisclosureItem item = changeable(itemId, caller);
		if (items.removeAttachment(itemId, attachmentId) != 1) {
			throw new DisclosureNotFoundException(attachmentId);
		}
		backToDraft(item, "DETACHED", String.valueOf(attachmentId), caller);
	}

	private DisclosureItem changeable(long itemId, Caller caller) {
		DisclosureItem item = items.lock(itemId).orElseThrow(() -> new DisclosureNotFoundException(itemId));
		DisclosureAccess.requireEditorOf(caller, item.unitId().value(), itemId);
		if (item.status() == ItemStatus.PUBLISHED) {
			throw new ItemStateException(item.title(), item.status());
		}
		return item;
	}

	private void backToDraft(DisclosureItem item, String action, String note, Caller caller) {
		if (item.status() != ItemStatus.DRAFT) {
			item.revise(new ItemDraft(item.category(), item.cadence(), item.title(), item.body(), item.elements(),
					null), item.dueOn());
			items.save(item);
		}
		items.record(item, action, caller.name(), note, clock.instant(), false);
		auditLog.record(new AuditEntry(ItemPublishing.MODULE, "item.attachment", String.valueOf(item.idOrNull()), null,
				action + " " + note));
	}
}
