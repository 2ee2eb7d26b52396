package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;

/**
 * 同岗替代: when a post is covered. A and B are never away together: during the office hours of working days every
 * window and handling post has someone acting — its substitute at work, or a third person designated for the whole
 * absence — and nobody goes away while they act for someone else's such post. An absence that covers the office
 * hours of a working day or more needs a handover.
 */
@Component
class CoverageRules {

	/** The posts that face the public or carry cases: never without someone acting. */
	private static final Set<PostKind> MUST_STAY_COVERED = Set.of(PostKind.WINDOW, PostKind.HANDLING);

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final Coverage coverage;

	private final Absences absences;

	private final ActingPeriods actingPeriods;

	private final SubstitutionSettings settings;

	private final Clock clock;

	CoverageRules(Organization organization, WorkingDayCalendar calendar, Coverage coverage, Absences absences,
			ActingPeriods actingPeriods, SubstitutionSettings settings, Clock clock) {
		this.organization = organization;
		this.calendar = calendar;
		this.coverage = coverage;
		this.absences = absences;
		this.actingPeriods = actingPeriods;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Each window or handling post of the absentee needs a substitute at work (or a designated third person), and the
	 * absentee must not be the one acting for such a post of someone else then.
	 *
	 * @throws PostWouldBeUncoveredException naming the post and who would be missing
	 */
	void requireCovered(StaffMember absentee, Instant from, Instant to) {
		String unitCode = organization.unit(new UnitId(absentee.unitId())).creditCode();
		// Only office hours of working days must be covered: two absences that meet at night or on a weekend are fine.
		if (!inOfficeHours(unitCode, from, to)) {
			return;
		}
		Set<Long> actedFor = new LinkedHashSet<>();
		actingPeriods.actedBy(absentee.id(), from, to)
			.stream()
			.filter(period -> overlapInOfficeHours(unitCode, from, to, period.from(), period.to()))
			.forEach(period -> actedFor.add(period.postId()));
		for (Absence other : absences.substitutedBy(absentee.id(), from, to)
			.stream()
			.filter(other -> overlapInOfficeHours(unitCode, from, to, other.from(), other.to()))
			.toList()) {
			organization.staffMember(new StaffId(other.staffId()))
				.postIds()
				.stream()
				.filter(postId -> coverage.substituteOf(postId).filter(id -> id == absentee.id()).isPresent())
				.forEach(actedFor::add);
		}
		for (Long postId : actedFor) {
			Post post = organization.post(new PostId(postId));
			if (MUST_STAY_COVERED.contains(post.kind()) && !designatedThroughout(postId, from, to)) {
				throw new PostWouldBeUncoveredException(post.name(), absentee.name());
			}
		}

		for (Long postId : absentee.postIds()) {
			Post post = organization.post(new PostId(postId));
			if (!MUST_STAY_COVERED.contains(post.kind()) || designatedThroughout(postId, from, to)) {
				continue;
			}
			Optional<Long> substitute = coverage.substituteOf(postId).filter(id -> id != absentee.id());
			if (substitute.isEmpty()) {
				throw new PostWouldBeUncoveredException(post.name(), "—");
			}
			if (absences.overlapping(Set.of(substitute.get()), from, to)
				.stream()
				.anyMatch(other -> overlapInOfficeHours(unitCode, from, to, other.from(), other.to()))) {
				throw new PostWouldBeUncoveredException(post.name(),
						organization.staffMember(new StaffId(substitute.get())).name());
			}
		}
	}

	/**
	 * Who acts for each post of the absentee during an approved absence: its substitute, unless the substitute is
	 * away then too or someone already acts for the post (a designation); such a post stays as it is.
	 */
	List<ActingPeriods.Period> actingDuring(Absence absence, StaffMember absentee) {
		List<ActingPeriods.Period> periods = new ArrayList<>();
		for (Long postId : absentee.postIds()) {
			if (!actingPeriods.overlapping(postId, absence.from(), absence.to()).isEmpty()) {
				continue;
			}
			coverage.substituteOf(postId)
				.filter(id -> id != absentee.id())
				.filter(id -> absences.overlapping(Set.of(id), absence.from(), absence.to())
					.stream()
					.noneMatch(other -> other.id() != absence.id()))
				.ifPresent(id -> periods.add(new ActingPeriods.Period(postId, id, ActingReason.SUBSTITUTE,
						absence.id(), absence.from(), absence.to())));
		}
		return periods;
	}

	/** The window and handling posts of a starting absence that nobody acts for (no acting period). */
	List<Long> uncoveredAtStart(Absence absence) {
		return organization.staffMember(new StaffId(absence.staffId()))
			.postIds()
			.stream()
			.filter(postId -> MUST_STAY_COVERED.contains(organization.post(new PostId(postId)).kind())
					&& actingPeriods.at(postId, absence.from()).isEmpty())
			.toList();
	}

	/** Whether it covers the office hours of at least one working day of the absentee's unit. */
	boolean lastsAWorkingDay(StaffMember absentee, Instant from, Instant to) {
		String unitCode = organization.unit(new UnitId(absentee.unitId())).creditCode();
		LocalDate last = to.atZone(zone()).toLocalDate();
		for (LocalDate day = from.atZone(zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			Instant opens = day.atTime(settings.officeOpens()).atZone(zone()).toInstant();
			Instant closes = day.atTime(settings.officeCloses()).atZone(zone()).toInstant();
			if (!from.isAfter(opens) && !to.isBefore(closes) && calendar.day(unitCode, day).workingDay()) {
				return true;
			}
		}
		return false;
	}

	/** The substitute of the absentee's first window or handling post, else of their first post. */
	Optional<Long> mainSubstitute(StaffMember absentee) {
		List<Long> ordered = new ArrayList<>();
		absentee.postIds()
			.stream()
			.filter(id -> MUST_STAY_COVERED.contains(organization.post(new PostId(id)).kind()))
			.forEach(ordered::add);
		ordered.addAll(absentee.postIds());
		return ordered.stream()
			.map(coverage::substituteOf)
			.flatMap(Optional::stream)
			.filter(id -> id != absentee.id())
			.findFirst();
	}

	private boolean designatedThroughout(long postId, Instant from, Instant to) {
		return actingPeriods.overlapping(postId, from, to)
			.stream()
			.anyMatch(period -> period.reason() == ActingReason.DESIGNATED && !period.from().isAfter(from)
					&& !period.to().isBefore(to));
	}

	private boolean overlapInOfficeHours(String unitCode, Instant from, Instant to, Instant otherFrom,
			Instant otherTo) {
		Instant start = from.isAfter(otherFrom) ? from : otherFrom;
		Instant end = to.isBefore(otherTo) ? to : otherTo;
		return start.isBefore(end) && inOfficeHours(unitCode, start, end);
	}

	/** Whether [from, to) reaches into the office hours of at least one working day of the unit. */
	private boolean inOfficeHours(String unitCode, Instant from, Instant to) {
		LocalDate last = to.atZone(zone()).toLocalDate();
		for (LocalDate day = from.atZone(zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			Instant opens = day.atTime(settings.officeOpens()).atZone(zone()).toInstant();
			Instant closes = day.atTime(settings.officeCloses()).atZone(zone()).toInstant();
			if (from.isBefore(closes) && to.isAfter(opens) && calendar.day(unitCode, day).workingDay()) {
				return true;
			}
		}
		return false;
	}

	private ZoneId zone() {
		return clock.getZone();
	}
}
