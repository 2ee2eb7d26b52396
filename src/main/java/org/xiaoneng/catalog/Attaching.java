package org.xiaoneng.catalog;

import java.time.Clock;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Drafters upload a material's blank form or sample. The file must be a PDF, Word, Excel, JPEG or PNG file by its
 * content, not just its name, and no larger than the configured limit; its SM3 digest goes to the audit log.
 */
@Component
class Attaching {

	private final Attachments attachments;

	private final ItemsInScope inScope;

	private final CatalogSettings settings;

	private final Cryptography cryptography;

	private final AuditLog audit;

	private final Clock clock;

	Attaching(Attachments attachments, ItemsInScope inScope, CatalogSettings settings, Cryptography cryptography,
			AuditLog audit, Clock clock) {
		this.attachments = attachments;
		this.inScope = inScope;
		this.settings = settings;
		this.cryptography = cryptography;
		this.audit = audit;
		this.clock = clock;
	}

	void attach(long itemId, int version, int materialNumber, AttachmentKind kind, String fileName, byte[] content,
			Caller caller) {
		ServiceItem item = inScope.stored(itemId, version, caller);
		CatalogAuthority.requireDrafter(caller, item.unitId(), item.departmentId());
		ItemVersion.of(item, null).requireAttachable();
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
		String digest = HexFormat.of().formatHex(cryptography.sm3(content));
		attachments.put(itemId, version, materialNumber, kind, name, type, content, digest, caller.name(),
				clock.instant());
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.attached", itemId + "/" + version, null,
				"material=" + materialNumber + ", kind=" + kind + ", sm3=" + digest));
	}
}
