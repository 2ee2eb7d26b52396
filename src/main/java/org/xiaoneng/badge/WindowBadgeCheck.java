package org.xiaoneng.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;

/**
 * 持证上岗检查 (rule 九.一): the staff at work on window posts of the caller's scope who wear no valid badge today,
 * never issued, taken back, lost or expired.
 */
@Component
@Transactional(readOnly = true)
class WindowBadgeCheck {

	private final Organization organization;

	private final Badges badges;

	private final Clock clock;

	WindowBadgeCheck(Organization organization, Badges badges, Clock clock) {
		this.organization = organization;
		this.badges = badges;
		this.clock = clock;
	}

	List<UnbadgedWindowStaff> unbadged(Caller caller) {
		BadgeAccess.requireReader(caller);
		LocalDate today = today();
		List<UnbadgedWindowStaff> found = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Unit unit : organization.units()) {
			List<StaffMember> holders = new ArrayList<>();
			List<String> postNames = new ArrayList<>();
			for (Post post : organization.postsOfUnit(new UnitId(unit.id()))) {
				if (post.kind() != PostKind.WINDOW || !(caller.isSystem() || caller.sees(unit.id(), post.departmentId()))) {
					continue;
				}
				for (StaffMember holder : organization.holdersOf(new PostId(post.id()))) {
					if (!holder.status().hasLeft() && seen.add(holder.id())) {
						holders.add(holder);
						postNames.add(post.name());
					}
				}
			}
			Set<Long> badged = new HashSet<>(badges.validHolders(holders.stream().map(StaffMember::id).toList(), today));
			for (int i = 0; i < holders.size(); i++) {
				StaffMember holder = holders.get(i);
				if (badged.contains(holder.id())) {
					continue;
				}
				found.add(unbadged(holder, postNames.get(i), today));
			}
		}
		return found;
	}

	/** The staff member if they are at work on a window post without a valid badge today. */
	Optional<UnbadgedWindowStaff> unbadged(StaffId staffId) {
		StaffMember member = organization.staffMember(staffId);
		LocalDate today = today();
		if (member.status().hasLeft() || badges.validNumberOf(staffId, today).isPresent()) {
			return Optional.empty();
		}
		return member.postIds().stream()
			.map(PostId::new)
			.map(organization::post)
			.filter(post -> post.kind() == PostKind.WINDOW)
			.findFirst()
			.map(post -> unbadged(member, post.name(), today));
	}

	/** The number of the staff member's badge valid today, if they hold one. */
	Optional<String> numberOf(StaffId staffId) {
		return badges.validNumberOf(staffId, today());
	}

	private UnbadgedWindowStaff unbadged(StaffMember holder, String postName, LocalDate today) {
		Badge last = badges.allOf(new StaffId(holder.id())).stream().findFirst().orElse(null);
		return new UnbadgedWindowStaff(holder.id(), holder.name(), holder.unitId(), holder.departmentId(), postName,
				last == null ? null : last.statusOn(today), last == null ? null : last.number());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}
}
