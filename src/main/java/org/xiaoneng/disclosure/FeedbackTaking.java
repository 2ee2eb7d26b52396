package org.xiaoneng.disclosure;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's feedback on a published item: taken without sign-in, due for its answer the configured working days
 * later in the item's unit's calendar.
 */
@Component
class FeedbackTaking {

	private final DisclosureItems items;

	private final ItemFeedbacks feedbacks;

	private final ItemSchedule schedule;

	private final DisclosureCalendars calendars;

	private final FeedbackSettings settings;

	private final Clock clock;

	FeedbackTaking(DisclosureItems items, ItemFeedbacks feedbacks, ItemSchedule schedule,
			DisclosureCalendars calendars, FeedbackSettings settings, Clock clock) {
		this.items = items;
		this.feedbacks = feedbacks;
		this.schedule = schedule;
		this.calendars = calendars;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	long leave(long itemId, NewFeedback feedback) {
		DisclosureItem item = items.find(itemId)
			.filter(found -> found.status() == ItemStatus.PUBLISHED)
			.orElseThrow(() -> new DisclosureNotFoundException(itemId));
		long unitId = item.unitId().value();
		ItemFeedback taken = ItemFeedback.receive(itemId, unitId, feedback, clock.instant(),
				calendars.of(unitId).after(schedule.today(), settings.answerWorkingDays()));
		feedbacks.add(taken);
		return taken.idOrNull();
	}
}
