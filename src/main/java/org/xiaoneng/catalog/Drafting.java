package org.xiaoneng.catalog;

import java.time.Clock;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Staff write items: a new item's first draft, changes to a draft, and the next version of a published item (an edit
 * of what the public was promised is a new version). Every save keeps the rules of {@link ItemRules}.
 */
@Component
class Drafting {

	private final ItemVersions items;

	private final Attachments attachments;

	private final ItemsInScope inScope;

	private final Organization organization;

	private final AuditLog audit;

	private final Clock clock;

	Drafting(ItemVersions items, Attachments attachments, ItemsInScope inScope, Organization organization,
			AuditLog audit, Clock clock) {
		this.items = items;
		this.attachments = attachments;
		this.inScope = inScope;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	ServiceItem createDraft(ItemDraft draft, Caller caller) {
		ItemDraft checked = checked(draft, null, caller);
		long itemId = items.insertItem(checked, caller.name(), clock.instant());
		items.insertVersion(itemId, 1, checked, caller.name(), clock.instant());
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.drafted", itemId + "/1", null, summary(checked)));
		return items.find(itemId, 1).orElseThrow();
	}

	ServiceItem editDraft(long itemId, int version, ItemDraft draft, Caller caller) {
		ServiceItem existing = inScope.stored(itemId, version, caller);
		ItemVersion.of(existing, null).requireDraft();
		ItemDraft checked = checked(draft, itemId, caller);
		if (checked.unitId() != existing.unitId()) {
			throw new ItemElementInvalidException("unitChanged");
		}
		items.changeCode(itemId, checked.implementationCode());
		items.updateDraft(itemId, version, checked, caller.name(), clock.instant());
		attachments.removeBeyond(itemId, version, checked.materials().size());
		audit.record(new AuditEntry(ServiceCatalog.MODULE, "item.edited", itemId + "/" + version,
				summary(ItemDraft.of(existing)), summary(checked)));
		return inScope.version(itemId, version, caller);
	}

	/** The attachments come along to the next version. */
	ServiceItem revise(long itemId, Caller caller) {
		ServiceItem latest = inScope.latest(itemId, caller);
		CatalogAuthority.requireDrafter(caller, latest.unitId(), latest.departmentId());
		int next = ItemVersion.of(latest, null).nextVersion();
		items.insertVersion(itemId, next, ItemDraft.of(latest), caller.name(), clock.instant());
		for (Material material : latest.materials()) {
			attachments.copy(itemId, latest.version(), next, material.number(), material.number());
		}
		audit.record(AuditEntry.of(ServiceCatalog.MODULE, "item.revised", itemId + "/" + next));
		return inScope.version(itemId, next, caller);
	}

	/**
	 * The draft normalised and checked against the rules; refused when the caller may not draft for its department,
	 * before any rule is looked at, so that such a caller learns nothing of the item's rules.
	 *
	 * @param itemId the item the draft belongs to, {@code null} for a new one
	 */
	ItemDraft checked(ItemDraft draft, Long itemId, Caller caller) {
		ItemDraft normalized = ItemRules.normalized(draft);
		CatalogAuthority.requireDrafter(caller, normalized.unitId(), normalized.departmentId());
		ItemRules.check(normalized, organization);
		if (items.codeTaken(normalized.implementationCode(), itemId)) {
			throw new ImplementationCodeTakenException(normalized.implementationCode());
		}
		return normalized;
	}

	private static String summary(ItemDraft draft) {
		return "name=" + draft.name() + ", code=" + draft.implementationCode() + ", statutory="
				+ draft.statutoryLimit().number() + ", promised=" + draft.promisedLimit().number() + ", materials="
				+ draft.materials().stream().map(Material::name).collect(Collectors.joining("、"));
	}
}
