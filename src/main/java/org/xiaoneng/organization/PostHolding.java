package org.xiaoneng.organization;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** Administrators create the posts of the departments and give them to staff of the unit, or take them back. */
@Component
class PostHolding {

	private final Posts posts;

	private final UnitsAndDepartments places;

	private final StaffRoster roster;

	private final Callers callers;

	private final AuditLog auditLog;

	PostHolding(Posts posts, UnitsAndDepartments places, StaffRoster roster, Callers callers, AuditLog auditLog) {
		this.posts = posts;
		this.places = places;
		this.roster = roster;
		this.callers = callers;
		this.auditLog = auditLog;
	}

	Post createPost(NewPost post) {
		places.inForce(post.departmentId());
		long id = posts.insert(post);
		places.changed(OrganizationChanged.Kind.POST, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "post.created", String.valueOf(id), null, describe(post)));
		return post(id);
	}

	/** A post stays in its department: only its name, kind, duties and duty scope change. */
	Post changePost(long id, NewPost changed) {
		Post before = post(id);
		NewPost kept = new NewPost(before.departmentId(), changed.name(), changed.kind(), changed.duties(),
				changed.dutyCategories());
		posts.update(id, kept);
		places.changed(OrganizationChanged.Kind.POST, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "post.changed", String.valueOf(id), describe(new NewPost(
				before.departmentId(), before.name(), before.kind(), before.duties(), before.dutyCategories())),
				describe(kept)));
		return post(id);
	}

	Post post(long id) {
		return posts.find(id).orElseThrow(() -> new OrganizationRecordNotFoundException("post", id));
	}

	/**
	 * A post that is not retired, for new holders or work.
	 *
	 * @throws RetiredChosenException when it is retired
	 */
	Post inForce(long id) {
		Post post = post(id);
		if (post.retired()) {
			throw new RetiredChosenException("post", post.name());
		}
		return post;
	}

	List<Post> postsOf(long departmentId) {
		places.department(departmentId);
		return posts.ofDepartment(departmentId);
	}

	List<Post> postsOfUnit(long unitId) {
		places.unit(unitId);
		return posts.ofUnit(unitId);
	}

	List<Post> everyPostOfUnit(long unitId) {
		places.unit(unitId);
		return posts.everyOfUnit(unitId);
	}

	List<StaffMember> holdersOf(long postId) {
		post(postId);
		return roster.holders(posts.holders(postId));
	}

	/** Who holds a post names its people: only its holders and callers whose scope covers it see them. */
	List<StaffMember> visibleHoldersOf(long postId) {
		Post post = post(postId);
		Caller caller = callers.current();
		boolean holds = caller.staff().filter(me -> me.postIds().contains(postId)).isPresent();
		if (!holds && !caller.sees(places.unitOf(post), post.departmentId())) {
			throw new OrganizationRecordNotFoundException("post", postId);
		}
		return holdersOf(postId);
	}

	void assignPost(long staffId, long postId) {
		StaffRecord member = roster.onDuty(staffId);
		Post post = inForce(postId);
		if (places.unitOf(post) != member.unitId()) {
			throw new UnitBoundaryCrossedException("organization.post.outsideUnit", member.staffNumber());
		}
		posts.assign(postId, staffId);
		auditLog.record(new AuditEntry(Organization.MODULE, "post.assigned", String.valueOf(postId), null,
				"staff=" + member.staffNumber()));
	}

	void releasePost(long staffId, long postId) {
		StaffRecord member = roster.existing(staffId);
		post(postId);
		if (posts.release(postId, staffId)) {
			auditLog.record(new AuditEntry(Organization.MODULE, "post.released", String.valueOf(postId),
					"staff=" + member.staffNumber(), null));
		}
	}

	/** Releases every post the staff member holds, as a transfer or departure does. */
	void releaseAll(long staffId) {
		posts.releaseAll(staffId);
	}

	private static String describe(NewPost post) {
		return "department=" + post.departmentId() + ", name=" + post.name() + ", kind=" + post.kind()
				+ ", categories=" + post.dutyCategories();
	}
}
