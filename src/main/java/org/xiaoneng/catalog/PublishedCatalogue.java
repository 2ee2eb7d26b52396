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
import org.xiaoneng.common.NodeSignals;
import org.xiaoneng.common.SignalledCopy;

/**
 * Every version the public may read (published, superseded or withdrawn; never a draft or a version in review), with
 * its attachment flags, held in memory and shared by the requests of this node, so that the public pages do not read
 * and parse every item's JSON per request (decision 0040). A publication or withdrawal signals every node in its
 * transaction (decision 0058), and each reads the catalogue again on its first request after the commit; while a node
 * cannot hear the signal, it reads the catalogue from the database on every request. Published versions never change
 * (the database refuses it), and their attachments were added while they were drafts.
 */
@Component
class PublishedCatalogue {

	private final ItemVersions items;

	private final Attachments attachments;

	private final SignalledCopy<Copy> copy;

	PublishedCatalogue(ItemVersions items, Attachments attachments, NodeSignals signals) {
		this.items = items;
		this.attachments = attachments;
		// the channel a change of the published catalogue is signalled on
		this.copy = new SignalledCopy<>(signals, "catalog_published", this::read);
	}

	/** The catalogue as committed, as the caller's transaction sees it. */
	Copy current() {
		return copy.get();
	}

	/** The published catalogue changes in the running transaction: every node reads it again once it commits. */
	void changed() {
		copy.changed();
	}

	private Copy read() {
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
		return new Copy(Map.copyOf(byItem));
	}

	/**
	 * The public catalogue as read at one moment.
	 *
	 * @param versions each item's public versions, oldest first
	 */
	record Copy(Map<Long, List<ServiceItem>> versions) {

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
