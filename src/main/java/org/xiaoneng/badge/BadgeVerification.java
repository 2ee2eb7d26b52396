package org.xiaoneng.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.platform.ratelimit.RateLimiter;

/**
 * 上岗证核验: anyone, without signing in, checks a badge number (from the card's QR code or typed in) and sees whose it
 * is and whether it is valid. Every look-up counts against the address's limit, so that nobody walks the numbers to
 * list the staff.
 */
@Component
class BadgeVerification {

	/** The rate limiter's bucket of public badge look-ups. */
	static final String BUCKET = "badge-verification";

	private final Badges badges;

	private final SupervisionPhones phones;

	private final RateLimiter limits;

	private final Clock clock;

	BadgeVerification(Badges badges, SupervisionPhones phones, RateLimiter limits, Clock clock) {
		this.badges = badges;
		this.phones = phones;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Counts a look-up against the address's limit, before it is answered and before its transaction opens
	 * (docs/decisions/0048).
	 *
	 * @throws VerificationsExceededException when the address asked too often
	 */
	void count(String address) {
		if (!limits.attempt(BUCKET, address)) {
			throw new VerificationsExceededException();
		}
	}

	/** The badges printed with the number (one, or none when nobody has it), for a look-up {@link #count counted}. */
	@Transactional(readOnly = true)
	List<PublicBadge> verify(String number) {
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		String wanted = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		return badges.withNumber(wanted)
			.stream()
			.map(b -> new PublicBadge(b.number(), b.holder().name(), badges.photo(b.idOrNull()).orElse(null),
					b.unitId().value(), b.holder().unitName(), b.holder().departmentName(), b.holder().post(),
					b.holder().position(), b.statusOn(today), b.validUntil(), phones.of(b.unitId().value())))
			.toList();
	}

	/** The holder of the badge printed with the number, whatever its status: who a rating or complaint names. */
	@Transactional(readOnly = true)
	Optional<StaffId> holderOf(String number) {
		String wanted = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		return badges.withNumber(wanted).stream().map(Badge::staffId).findFirst();
	}
}
