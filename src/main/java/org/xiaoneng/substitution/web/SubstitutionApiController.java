package org.xiaoneng.substitution.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.organization.Post;
import org.xiaoneng.substitution.Absence;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.ActingLeader;
import org.xiaoneng.substitution.ActingWork;
import org.xiaoneng.substitution.Assignment;
import org.xiaoneng.substitution.DutyRow;
import org.xiaoneng.substitution.HandoverItem;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.CoveredWork;
import org.xiaoneng.substitution.Substitutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 同岗替代 for integrations: who acts for a post, substitutes, absences with their handover, approvals, the duty board.
 * The facade checks who may do what (the absentee, their head, the substitute, a leader).
 */
@RestController
@RequestMapping("/api/v1/substitution")
@Tag(name = "Substitution", description = "同岗替代: substitutes (B 角), absences, handovers, who acts for a post")
@PreAuthorize("isAuthenticated()")
class SubstitutionApiController {

	private final Substitutes substitutes;

	SubstitutionApiController(Substitutes substitutes) {
		this.substitutes = substitutes;
	}

	/** The substitute to name: a person or a post, exactly one of them. */
	record SubstituteChoice(Long substituteStaffId, Long substitutePostId) {
	}

	/** An absence to ask for; without a staff id it is the caller's own. */
	record AbsenceRequest(Long staffId, @NotNull AbsenceKind kind, @NotNull Instant from, @NotNull Instant to,
			@NotBlank @Size(max = 500) String reason) {
	}

	/** A third person designated for a post and a period. */
	record Designation(long staffId, @NotNull Instant from, @NotNull Instant to, @NotBlank @Size(max = 500) String reason) {
	}

	/** Who acts for a leader. */
	record ActingLeaderChoice(long actingStaffId) {
	}

	/** A note or a report. */
	record Text(@Size(max = 2000) String text) {
	}

	@Operation(summary = "Who acts for the post at an instant (now when omitted)")
	@GetMapping("/posts/{postId}/acting")
	Acting acting(@PathVariable long postId, @RequestParam(required = false) Instant at) {
		return substitutes.visibleActingFor(new PostId(postId), at == null ? substitutes.now() : at);
	}

	@Operation(summary = "The post's substitute (B 角)")
	@GetMapping("/posts/{postId}/substitute")
	Assignment substitute(@PathVariable long postId) {
		return substitutes.visibleAssignmentOf(new PostId(postId)).orElse(null);
	}

	@Operation(summary = "Names the post's substitute (head, leader or administrator)")
	@PutMapping("/posts/{postId}/substitute")
	Assignment assign(@PathVariable long postId, @RequestBody SubstituteChoice choice) {
		return substitutes.assignSubstitute(new PostId(postId), choice.substituteStaffId(), choice.substitutePostId());
	}

	@Operation(summary = "Designates a third person for the post for a period (leader)")
	@PostMapping("/posts/{postId}/designations")
	void designate(@PathVariable long postId, @Valid @RequestBody Designation designation) {
		substitutes.designate(new PostId(postId), designation.from(), designation.to(), new StaffId(designation.staffId()),
				designation.reason());
	}

	@Operation(summary = "Names who acts for a leader")
	@PutMapping("/leaders/{staffId}/acting-leader")
	ActingLeader actingLeader(@PathVariable long staffId, @RequestBody ActingLeaderChoice choice) {
		return substitutes.nameActingLeader(new StaffId(staffId), new StaffId(choice.actingStaffId()));
	}

	@Operation(summary = "The department's posts without a substitute")
	@GetMapping("/departments/{departmentId}/posts-without-substitute")
	List<Post> withoutSubstitute(@PathVariable long departmentId) {
		return substitutes.postsWithoutSubstitute(new DepartmentId(departmentId));
	}

	@Operation(summary = "Who acts for each post of the department on a day (today when omitted)")
	@GetMapping("/departments/{departmentId}/duty-board")
	List<DutyRow> dutyBoard(@PathVariable long departmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return substitutes.dutyBoard(new DepartmentId(departmentId), date == null ? substitutes.today() : date);
	}

	@Operation(summary = "The caller's absences")
	@GetMapping("/absences/mine")
	List<Absence> mine() {
		return substitutes.absencesOf(new StaffId(substitutes.me().id()));
	}

	@Operation(summary = "The caller's open work: what a handover would list now")
	@GetMapping("/absences/handover-preview")
	List<WorkItem> preview() {
		return substitutes.handoverPreview(new StaffId(substitutes.me().id()));
	}

	@Operation(summary = "Asks for an absence (the absentee or their head)")
	@PostMapping("/absences")
	Absence request(@Valid @RequestBody AbsenceRequest request) {
		return substitutes.requestAbsence(newAbsence(request));
	}

	@Operation(summary = "Registers an approved absence afterwards (the head, e.g. sick leave)")
	@PostMapping("/absences/registered")
	Absence register(@Valid @RequestBody AbsenceRequest request) {
		return substitutes.registerAbsence(newAbsence(request));
	}

	@Operation(summary = "The absences the caller may approve")
	@GetMapping("/absences/awaiting-my-approval")
	List<Absence> awaiting() {
		return substitutes.awaitingMyApproval();
	}

	@GetMapping("/absences/{id}")
	Absence absence(@PathVariable long id) {
		return substitutes.absence(id);
	}

	@GetMapping("/absences/{id}/handover")
	List<HandoverItem> handover(@PathVariable long id) {
		return substitutes.handoverOf(id);
	}

	@Operation(summary = "The absentee's note on one handover item")
	@PutMapping("/absences/{id}/handover/{position}/note")
	List<HandoverItem> note(@PathVariable long id, @PathVariable int position, @Valid @RequestBody Text note) {
		return substitutes.noteHandover(id, position, note.text());
	}

	@Operation(summary = "The substitute acknowledges the handover")
	@PostMapping("/absences/{id}/acknowledgement")
	Absence acknowledge(@PathVariable long id) {
		return substitutes.acknowledgeHandover(id);
	}

	@Operation(summary = "The head (the leader, for heads) approves the absence")
	@PostMapping("/absences/{id}/approval")
	Absence approve(@PathVariable long id) {
		return substitutes.approve(id);
	}

	@Operation(summary = "The substitute reports what was done (交回)")
	@PostMapping("/absences/{id}/return")
	Absence recordReturn(@PathVariable long id, @Valid @RequestBody Text report) {
		return substitutes.recordReturn(id, report.text());
	}

	@Operation(summary = "The absences the caller is the substitute of (handover inbox)")
	@GetMapping("/handovers")
	List<Absence> handovers() {
		return substitutes.handoversFor(new StaffId(substitutes.me().id()));
	}

	@Operation(summary = "The open work the caller does for absent colleagues now (代岗)")
	@GetMapping("/acting-work")
	List<ActingWork> actingWork() {
		return substitutes.actingWorkOf(new StaffId(substitutes.me().id()));
	}

	@Operation(summary = "What a staff member did on holders' behalf, each piece with its timeliness (六(五))",
			description = "From and to are days, inclusive; without them the last 90 days. At most a year at once.")
	@GetMapping("/staff/{staffId}/covered-work")
	CoveredWork coveredWork(@PathVariable long staffId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		LocalDate last = to != null ? to : substitutes.today();
		return substitutes.coveredWorkOf(new StaffId(staffId), from != null ? from : last.minusDays(90), last);
	}

	private NewAbsence newAbsence(AbsenceRequest request) {
		long staffId = request.staffId() == null ? substitutes.me().id() : request.staffId();
		return new NewAbsence(staffId, request.kind(), request.from(), request.to(), request.reason());
	}
}
