package org.xiaoneng.bench.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a part needs written beside each generated case, in the generator's own COPY pass rather than in set-based
 * statements over the loaded cases afterwards (an {@code UPDATE} over ten million cases ran for more than nine
 * minutes): rows of other tables derived from the case, whether a completed case names the staff member of its last
 * step, and whether an accepted case was deemed accepted. {@link #NONE} writes the cases alone.
 */
interface CaseFacts {

	CaseFacts NONE = new CaseFacts() {

		@Override
		public List<String> copies() {
			return List.of();
		}

		@Override
		public void add(Generated generated, List<StringBuilder> texts) {
			// the cases alone
		}
	};

	/**
	 * One generated case as written.
	 *
	 * @param staffId its {@code current_staff_id}: the open case's handler, or (where {@link #namesLastStaff()}) the
	 * completed case's last step's staff member, else {@code null}
	 * @param decidedOn the day a completed (granted) case was decided, else {@code null}
	 * @param promisedDays the working days promised an accepted case, else {@code null}
	 */
	record Generated(long id, long unitId, long departmentId, String state, LocalDate receivedOn, Instant receivedAt,
			LocalDate acceptedOn, LocalDate decidedOn, Long staffId, Integer promisedDays) {
	}

	/** The COPY targets, each {@code schema.table (columns)}, in the order of {@link #add}'s texts. */
	List<String> copies();

	/** Appends the case's rows, as COPY text lines, to the text of each target. */
	void add(Generated generated, List<StringBuilder> texts);

	/** Whether a completed case names the staff member of its last step, as the application keeps it. */
	default boolean namesLastStaff() {
		return false;
	}

	/** Whether the accepted case with this id was deemed accepted (its notice period lapsed). */
	default boolean deemedAccepted(long id) {
		return false;
	}

	/** The tables of the targets, {@code schema.table}. */
	default List<String> tables() {
		return copies().stream().map(copy -> copy.substring(0, copy.indexOf(' '))).toList();
	}
}
