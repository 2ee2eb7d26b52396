package org.xiaoneng.substitution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.WorkItemSource;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Who covers a post: its named substitute (B 角), the acting leader of a leader, a third person a leader designates
 * for a period; the answer every module asks before routing work — who acts for the post at a moment — and the
 * work someone carries for those they act for.
 */
@Component
class Coverage {

	private final Organization organization;

	private final Assignments assignments;

	private final ActingPeriods actingPeriods;

	private final SubstitutionAuthority authority;

	private final List<WorkItemSource> workSources;

	private final AuditLog auditLog;

	private final SubstitutionSettings settings;

	private final Clock clock;

	Coverage(Organization organization, Assignments assignments, ActingPeriods actingPeriods,
			SubstitutionAuthority authority, List<WorkItemSource> workSources, AuditLog auditLog,
			SubstitutionSettings settings, Clock clock) {
		this.organization = organization;
		this.assignments = assignments;
		this.actingPeriods = actingPeriods;
		this.authority = authority;
		this.workSources = workSources;
		this.auditLog = auditLog;
		this.settings = settings;
		this.clock = clock;
	}

	// ---- who acts ---------------------------------------------------------------------------------------------

	/** The person of an acting period at that moment, else the holder: one indexed look-up plus the holder. */
	Acting whoActsFor(long postId, Instant at) {
		Optional<ActingPeriods.Period> period = actingPeriods.at(postId, at);
		if (period.isPresent()) {
			ActingPeriods.Period p = period.get();
			return new Acting(postId, p.actingStaffId(), p.reason(), p.absenceId());
		}
		return holderOf(postId);
	}

	/** The post's first holder as acting for it, or nobody when it has none. */
	private Acting holderOf(long postId) {
		Long holder = organization.holdersOf(new PostId(postId)).stream().map(StaffMember::id).findFirst().orElse(null);
		return new Acting(postId, holder, ActingReason.HOLDER, null);
	}

	/** Who acts for each post of the department at the opening of that day's office hours (值班看板). */
	List<DutyRow> dutyBoard(long departmentId, LocalDate day, Caller caller) {
		authority.requireBoardOf(departmentId, caller);
		Instant at = day.atTime(settings.officeOpens()).atZone(clock.getZone()).toInstant();
		return organization.postsOf(new DepartmentId(departmentId)).stream().map(post -> {
			Acting acting = whoActsFor(post.id(), at);
			String name = acting.staffId() == null ? null : organization.staffMember(new StaffId(acting.staffId())).name();
			return new DutyRow(post.id(), post.name(), acting, name);
		}).toList();
	}

	/**
	 * The open work of everyone this person acts for right now (代岗): the absentee's items, which their work list
	 * shows marked as done on someone's behalf.
	 */
	List<ActingWork> actingWorkOf(long staffId) {
		List<ActingWork> work = new ArrayList<>();
		for (ActedFor post : postsActedFor(staffId)) {
			String number = organization.staffMember(post.holderId()).staffNumber();
			WorkItemSource.openItemsOf(number, workSources)
				.forEach(item -> work.add(new ActingWork(item, post.holderId().value(), post.postId().value())));
		}
		return work;
	}

	/**
	 * The posts this person acts for right now (代岗), each with its holder: whose work at which post is theirs to do,
	 * without reading that work (a list joins it in its own query). A post nobody holds carries no one's work.
	 */
	List<ActedFor> postsActedFor(long staffId) {
		Instant now = clock.instant();
		return actingPeriods.actedBy(staffId, now, now.plusMillis(1))
			.stream()
			.map(period -> holderOf(period.postId()))
			.filter(holder -> holder.staffId() != null)
			.map(holder -> new ActedFor(new StaffId(holder.staffId()), new PostId(holder.postId())))
			.toList();
	}

	/** The person who stands in for the post now: the named substitute, or the first holder of the substitute post. */
	Optional<Long> substituteOf(long postId) {
		return assignments.find(postId).flatMap(assignment -> assignment.substituteStaffId() != null
				? Optional.of(assignment.substituteStaffId())
				: organization.holdersOf(new PostId(assignment.substitutePostId())).stream().map(StaffMember::id).findFirst());
	}

	/**
	 * @throws org.xiaoneng.common.RuleViolationException not found, unless the caller may see the post's holders
	 */
	void requireHoldersVisible(long postId) {
		organization.visibleHoldersOf(new PostId(postId));
	}

	// ---- substitutes (B 角) and acting leaders ------------------------------------------------------------------

	/**
	 * Names the substitute of a post: a person (of any department: the caller's approval is what makes it so) or the
	 * holder of another post; never the post itself nor one of its holders.
	 */
	Assignment assignSubstitute(long postId, Long substituteStaffId, Long substitutePostId, Caller caller) {
		Post post = inForce(postId);
		authority.requireHeadOrAbove(post.departmentId(), caller);
		if ((substituteStaffId == null) == (substitutePostId == null)) {
			throw new SubstituteIsHolderException();
		}
		if (substitutePostId != null) {
			inForce(substitutePostId);
			if (substitutePostId == postId) {
				throw new SubstituteIsHolderException();
			}
		}
		else {
			organization.staffMember(new StaffId(substituteStaffId));
			if (organization.holdersOf(new PostId(postId)).stream().anyMatch(holder -> holder.id() == substituteStaffId)) {
				throw new SubstituteIsHolderException();
			}
		}
		Optional<Assignment> before = assignments.find(postId);
		Assignment assignment = new Assignment(postId, substituteStaffId, substitutePostId, caller.name(),
				clock.instant());
		assignments.save(assignment);
		auditLog.record(new AuditEntry(Substitutes.MODULE, "substitute.assigned", String.valueOf(postId),
				before.map(Coverage::describe).orElse(null), describe(assignment)));
		return assignment;
	}

	Optional<Assignment> assignmentOf(long postId) {
		return assignments.find(postId);
	}

	/** The posts of the department that have no substitute on record. */
	List<Post> postsWithoutSubstitute(long departmentId, Caller caller) {
		authority.requireBoardOf(departmentId, caller);
		List<Post> posts = organization.postsOf(new DepartmentId(departmentId));
		Set<Long> assigned = Set.copyOf(assignments.assignedAmong(posts.stream().map(Post::id).toList()));
		return posts.stream().filter(post -> !assigned.contains(post.id())).toList();
	}

	/** Names who acts for a leader while they are away. */
	ActingLeader nameActingLeader(long leaderStaffId, long actingStaffId, Caller caller) {
		StaffMember leader = organization.staffMember(new StaffId(leaderStaffId));
		StaffMember acting = organization.staffMember(new StaffId(actingStaffId));
		if (leaderStaffId == actingStaffId) {
			throw new SubstituteIsHolderException();
		}
		authority.requireNamerOfActingLeader(leader, caller);
		Optional<ActingLeader> before = assignments.actingLeader(leaderStaffId);
		ActingLeader named = new ActingLeader(leaderStaffId, acting.id(), caller.name(), clock.instant());
		assignments.saveActingLeader(named);
		auditLog.record(new AuditEntry(Substitutes.MODULE, "acting-leader.named", String.valueOf(leaderStaffId),
				before.map(b -> "acting=" + b.actingStaffId()).orElse(null), "acting=" + acting.id()));
		return named;
	}

	Optional<ActingLeader> actingLeaderOf(long leaderStaffId) {
		return assignments.actingLeader(leaderStaffId);
	}

	/**
	 * A leader with authority over the post's department designates a third person to act for the post for a
	 * period (holder and substitute both away), with the reason on record.
	 */
	void designate(long postId, Instant from, Instant to, long staffId, String reason, Caller caller) {
		Post post = inForce(postId);
		authority.requireDesignator(post.departmentId(), caller);
		if (!to.isAfter(from)) {
			throw new AbsencePeriodReversedException();
		}
		StaffMember third = organization.staffMember(new StaffId(staffId));
		boolean holder = organization.holdersOf(new PostId(postId)).stream().anyMatch(member -> member.id() == staffId);
		if (holder || substituteOf(postId).filter(substitute -> substitute == staffId).isPresent()) {
			throw new NotAThirdPersonException(third.name());
		}
		if (!actingPeriods.overlapping(postId, from, to).isEmpty()) {
			throw new AbsencesOverlapException();
		}
		actingPeriods.insert(postId, from, to, staffId, ActingReason.DESIGNATED, null, reason.strip(), caller.name());
		auditLog.record(new AuditEntry(Substitutes.MODULE, "acting.designated", String.valueOf(postId), null,
				"staff=" + staffId + ", " + from + ".." + to + ", reason=" + reason.strip()));
	}

	/** @throws RetiredPostException when the post is retired */
	private Post inForce(long postId) {
		Post post = organization.post(new PostId(postId));
		if (post.retired()) {
			throw new RetiredPostException(post.name());
		}
		return post;
	}

	private static String describe(Assignment assignment) {
		return assignment.substituteStaffId() != null ? "staff=" + assignment.substituteStaffId()
				: "post=" + assignment.substitutePostId();
	}
}
