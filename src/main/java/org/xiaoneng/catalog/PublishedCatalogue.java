package org.xiaoneng.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Every version the public may read (published, superseded or withdrawn; never a draft or a version in review), with
 * its attachment flags, held in memory and shared by the requests of this node, so that the public pages do not read
 * and parse every item's JSON per request (decision 0040). The copy is read again when the catalogue's revision
 * ({@link CatalogRevision}) is no longer the one it was read at: each read asks the revision first (one row), so a
 * publication or withdrawal on any node is seen by every node on its next request. Published versions never change
 * (the database refuses it), and their attachments were added while they were drafts.
 */
@Component
class PublishedCatalogue {

	private final ItemVersions items;

	private final Attachments attachments;

	private final CatalogRevision revision;

	private volatile Copy copy = new Copy(Long.MIN_VALUE, Map.of());

	PublishedCatalogue(ItemVersions items, Attachments attachments, CatalogRevision revision) {
		this.items = items;
		this.attachments = attachments;
		this.revision = revision;
	}

	/**
	 * The catalogue at the revision now committed. Called inside the caller's read transaction: the revision is read
	 * before the versions, so a copy is never older than the revision it is kept under.
	 */
	Copy current() {
		long now = revision.current();
		Copy held = copy;
		if (held.revision() == now) {
			return held;
		}
		synchronized (this) {
			held = copy;
			if (held.revision() != now) {
				held = read(now);
				copy = held;
			}
			return held;
		}
	}

	private Copy read(long at) {
		List<ServiceItem> versions = items.publicVersions();
		var present = attachments.ofItems(versions.stream().map(ServiceItem::id).distinct().toList());
		Map<Long, List<ServiceItem>> byItem = new LinkedHashMap<>();
		for (ServiceItem version : versions) {
			Set<Attachments.Present> flags = present.getOrDefault(version.id(), Map.of())
				.getOrDefault(version.version(), Set.of());
			byItem.computeIfAbsent(version.id(), id -> new ArrayList<>())
				.add(PublishedItems.withAttachments(version, flags));
		}
		byItem.replaceAll((id, list) -> List.copyOf(list));
		return new Copy(at, Map.copyOf(byItem));
	}

	/**
	 * The catalogue at one revision.
	 *
	 * @param revision the revision it was read at
	 * @param versions each item's public versions, oldest first
	 */
	record Copy(long revision, Map<Long, List<ServiceItem>> versions) {

		List<ServiceItem> versionsOf(long itemId) {
			return versions.getOrDefault(itemId, List.of());
		}

		Optional<ServiceItem> version(long itemId, int version) {
			return versionsOf(itemId).stream().filter(item -> item.version() == version).findFirst();
		}

		/** The version in force on the day: the latest published one already effective. */
		Optional<ServiceItem> inForce(long itemId, LocalDate day) {
			return versionsOf(itemId).stream()
				.filter(item -> ItemVersion.of(item, null).inForceOn(day))
				.max(Comparator.comparingInt(ServiceItem::version));
		}

		/** The versions in force on the day, of one unit or of all ({@code null}), in no particular order. */
		List<ServiceItem> inForce(LocalDate day, Long unitId) {
			return versions.keySet()
				.stream()
				.map(itemId -> inForce(itemId, day))
				.flatMap(Optional::stream)
				.filter(item -> unitId == null || item.unitId() == unitId)
				.toList();
		}
	}
}
