package org.xiaoneng.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;

/** The portal's reading of what is published: by category and unit, by search, one item with its public feedback. */
@Component
class DisclosureBrowsing {

	/** The longest query taken; longer ones are cut. */
	static final int QUERY_MAX = 50;

	private final PublishedDisclosures published;

	private final DisclosureItems items;

	private final ItemFeedbacks feedbacks;

	private final ItemSchedule schedule;

	private final Organization organization;

	DisclosureBrowsing(PublishedDisclosures published, DisclosureItems items, ItemFeedbacks feedbacks,
			ItemSchedule schedule, Organization organization) {
		this.published = published;
		this.items = items;
		this.feedbacks = feedbacks;
		this.schedule = schedule;
		this.organization = organization;
	}

	/** Published items of a category and unit (null for all), or those matching a query, best first. */
	@Transactional(readOnly = true)
	List<PublicItem> find(String query, Category category, Long unitId) {
		String cut = query == null ? "" : query.strip();
		List<String> pieces = Bigrams.of(cut.length() > QUERY_MAX ? cut.substring(0, QUERY_MAX) : cut);
		List<DisclosureItem> found = pieces.isEmpty() ? published.browse(category, unitId)
				: published.search(pieces, category, unitId);
		return found.stream().map(item -> view(item, List.of(), List.of())).toList();
	}

	@Transactional(readOnly = true)
	Map<Category, Integer> counts(Long unitId) {
		return published.countsByCategory(unitId);
	}

	/** The units that have published something, by id with their names. */
	@Transactional(readOnly = true)
	Map<Long, String> units() {
		Map<Long, String> names = new LinkedHashMap<>();
		published.publishingUnits().forEach(id -> names.put(id, organization.unit(new UnitId(id)).name()));
		return names;
	}

	/** A published item with its attachments and the feedback shown publicly; any other answers as missing. */
	@Transactional(readOnly = true)
	PublicItem item(long id) {
		DisclosureItem item = publishedItem(id);
		List<FeedbackView> shown = feedbacks.shownOn(id)
			.stream()
			.map(titled -> FeedbackView.of(titled.feedback(), titled.itemTitle(), schedule.today()).anonymous())
			.toList();
		return view(item, items.attachmentListOf(id), shown);
	}

	/** An attachment of a published item. */
	@Transactional(readOnly = true)
	AttachmentFile attachment(long itemId, long attachmentId) {
		publishedItem(itemId);
		return items.attachment(itemId, attachmentId)
			.map(stored -> new AttachmentFile(stored.name(), stored.mediaType(), stored.content()))
			.orElseThrow(() -> new DisclosureNotFoundException(attachmentId));
	}

	private DisclosureItem publishedItem(long id) {
		return items.find(id)
			.filter(item -> item.status() == ItemStatus.PUBLISHED)
			.orElseThrow(() -> new DisclosureNotFoundException(id));
	}

	private PublicItem view(DisclosureItem item, List<ItemView.Attachment> attachments, List<FeedbackView> shown) {
		long unitId = item.unitId().value();
		return new PublicItem(item.idOrNull(), unitId, organization.unit(new UnitId(unitId)).name(), item.category(),
				item.cadence(), item.title(), item.body(), item.elements(), item.publishedAt(), attachments, shown);
	}
}
