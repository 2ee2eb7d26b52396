package org.xiaoneng.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductCitation;

/**
 * An inspection (明察暗访): who visited which unit's windows on which day, planned or unannounced, and what they found.
 * Each finding names a person or a post, cites a conduct rule of the unit's list in force and says what was seen; the
 * person acknowledges it or refuses to sign, once; a finding opens at most one accountability case.
 */
final class Inspection {

	private Long id;

	private final InspectionKind kind;

	private final LocalDate visitedOn;

	private final long unitId;

	private final List<StaffId> inspectorIds;

	private final String inspectors;

	private final String visited;

	private final String recordedBy;

	private final Instant recordedAt;

	private final List<Finding> findings;

	Inspection(Long id, InspectionKind kind, LocalDate visitedOn, long unitId, List<StaffId> inspectorIds,
			String inspectors, String visited, String recordedBy, Instant recordedAt, List<Finding> findings) {
		this.id = id;
		this.kind = kind;
		this.visitedOn = visitedOn;
		this.unitId = unitId;
		this.inspectorIds = List.copyOf(inspectorIds);
		this.inspectors = inspectors;
		this.visited = visited;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.findings = new ArrayList<>(findings);
	}

	/**
	 * An inspector as the inspection names them: a staff member of the organisation, with the name they had on the
	 * day it was recorded.
	 */
	record Inspector(StaffId id, String name) {
	}

	/**
	 * Records an inspection made by the staff named, each once; one dated after today has not happened.
	 */
	static Inspection record(InspectionKind kind, LocalDate visitedOn, long unitId, List<Inspector> inspectors,
			String visited, LocalDate today, String by, Instant at) {
		if (kind == null) {
			throw new ChoiceRequiredException("inspectionKind");
		}
		if (visitedOn == null) {
			throw new ChoiceRequiredException("visitedOn");
		}
		if (visitedOn.isAfter(today)) {
			throw new InspectionInFutureException(visitedOn);
		}
		if (inspectors == null || inspectors.isEmpty()
				|| new HashSet<>(inspectors.stream().map(Inspector::id).toList()).size() != inspectors.size()) {
			throw new ChoiceRequiredException("inspectors");
		}
		return new Inspection(null, kind, visitedOn, unitId, inspectors.stream().map(Inspector::id).toList(),
				inspectors.stream().map(Inspector::name).collect(Collectors.joining("、")),
				AccountabilityTextRequiredException.require(visited, "visited"), by, at, List.of());
	}

	/**
	 * A finding about a person or, when the holder was not identified, a post: exactly one of the two.
	 *
	 * @param departmentId the person's or the post's department
	 */
	Finding find(Long staffId, Long postId, long departmentId, ConductCitation conduct,
			String description, String by, Instant at) {
		if ((staffId == null) == (postId == null)) {
			throw new ChoiceRequiredException("findingSubject");
		}
		Finding finding = new Finding(null, staffId, postId, departmentId, conduct,
				AccountabilityTextRequiredException.require(description, "findingDescription"), null, null, null, null,
				by, at);
		findings.add(finding);
		return finding;
	}

	/** The person's signature or refusal, recorded once; a refusal says how it came about (who witnessed it). */
	Finding sign(long findingId, Acknowledgement acknowledgement, String note, Instant at) {
		Finding finding = finding(findingId);
		if (acknowledgement == null) {
			throw new ChoiceRequiredException("acknowledgement");
		}
		if (finding.acknowledgement != null) {
			throw new FindingAlreadySignedException(findingId);
		}
		finding.signatureNote = acknowledgement == Acknowledgement.REFUSED
				? AccountabilityTextRequiredException.require(note, "refusalNote")
				: AccountabilityTextRequiredException.optional(note, "refusalNote");
		finding.acknowledgement = acknowledgement;
		finding.signedAt = at;
		return finding;
	}

	/** The case the finding opened; a finding opens one case only, so a second is ignored. */
	Finding caseOpened(long findingId, long caseId) {
		Finding finding = finding(findingId);
		if (finding.caseId == null) {
			finding.caseId = caseId;
		}
		return finding;
	}

	Finding finding(long findingId) {
		return findings.stream()
			.filter(f -> f.id != null && f.id == findingId)
			.findFirst()
			.orElseThrow(() -> new FindingNotFoundException(findingId));
	}

	/** The subject an accountability case from the finding is about: the person, else the post's department. */
	Subject subjectOf(Finding finding) {
		return new Subject(unitId, finding.departmentId, finding.staffId);
	}

	void assignId(long assigned) {
		this.id = assigned;
	}

	Long idOrNull() {
		return id;
	}

	InspectionKind kind() {
		return kind;
	}

	LocalDate visitedOn() {
		return visitedOn;
	}

	long unitId() {
		return unitId;
	}

	/** The inspectors' ids in the order named; empty for an inspection recorded when they were written as text. */
	List<StaffId> inspectorIds() {
		return inspectorIds;
	}

	/** The inspectors' names as recorded (of old inspections, the text written then). */
	String inspectors() {
		return inspectors;
	}

	String visited() {
		return visited;
	}

	String recordedBy() {
		return recordedBy;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	List<Finding> findings() {
		return List.copyOf(findings);
	}

	/** One finding of the inspection. */
	static final class Finding {

		private Long id;

		private final Long staffId;

		private final Long postId;

		private final long departmentId;

		private final ConductCitation conduct;

		private final String description;

		private Acknowledgement acknowledgement;

		private String signatureNote;

		private Instant signedAt;

		private Long caseId;

		private final String recordedBy;

		private final Instant recordedAt;

		Finding(Long id, Long staffId, Long postId, long departmentId, ConductCitation conduct,
				String description, Acknowledgement acknowledgement, String signatureNote, Instant signedAt,
				Long caseId, String recordedBy, Instant recordedAt) {
			this.id = id;
			this.staffId = staffId;
			this.postId = postId;
			this.departmentId = departmentId;
			this.conduct = conduct;
			this.description = description;
			this.acknowledgement = acknowledgement;
			this.signatureNote = signatureNote;
			this.signedAt = signedAt;
			this.caseId = caseId;
			this.recordedBy = recordedBy;
			this.recordedAt = recordedAt;
		}

		void assignId(long assigned) {
			this.id = assigned;
		}

		Long idOrNull() {
			return id;
		}

		Long staffId() {
			return staffId;
		}

		Long postId() {
			return postId;
		}

		long departmentId() {
			return departmentId;
		}

		ConductCitation conduct() {
			return conduct;
		}

		String description() {
			return description;
		}

		Acknowledgement acknowledgement() {
			return acknowledgement;
		}

		String signatureNote() {
			return signatureNote;
		}

		Instant signedAt() {
			return signedAt;
		}

		Long caseId() {
			return caseId;
		}

		String recordedBy() {
			return recordedBy;
		}

		Instant recordedAt() {
			return recordedAt;
		}
	}
}
