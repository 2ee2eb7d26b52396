package org.xiaoneng.casework;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant rates their case from the progress page or the public API, with the credentials of the progress
 * look-up (query code plus phone digits or the QR key), after the look-up was counted against the address's limit
 * (docs/decisions/0048): the check and the rating share one transaction, opened after the count.
 */
@Component
class ApplicantRating {

	private final ProgressLookup lookup;

	private final Rating rating;

	private final UnitCalendars calendars;

	ApplicantRating(ProgressLookup lookup, Rating rating, UnitCalendars calendars) {
		this.lookup = lookup;
		this.rating = rating;
		this.calendars = calendars;
	}

	@Transactional
	void rate(String queryCode, String phoneLast4, String key, NewRating newRating) {
		rating.rate(lookup.verified(queryCode, phoneLast4, key).id(), newRating, calendars.now());
	}
}
