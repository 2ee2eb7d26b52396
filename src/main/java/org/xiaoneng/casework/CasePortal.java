package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;

/**
 * The public side of casework, without login: progress by query code and the last four digits of the applicant's
 * phone (or the key printed in the receipt's QR code), the applicant's documents, and the rating (好差评) once per
 * completed case; a bad rating opens a rectification (核实整改) for the handler's department head, with a call-back.
 * <p>
 * The facade holds the transaction boundary; the work is done by the use cases {@link ProgressLookup}, {@link Rating},
 * {@link ApplicantRating} and {@link Rectifications}. A look-up is counted against the address's limit before any
 * transaction opens (docs/decisions/0048): the facade's counted methods refuse to run in a transaction, and the work
 * they count runs in the use case's own transaction afterwards.
 */
@Service
@Transactional(readOnly = true)
public class CasePortal {

	private final ProgressLookup lookup;

	private final Rating rating;

	private final Rectifications rectifications;

	private final ApplicantRating applicantRating;

	CasePortal(ProgressLookup lookup, Rating rating, Rectifications rectifications, ApplicantRating applicantRating) {
		this.applicantRating = applicantRating;
		this.lookup = lookup;
		this.rating = rating;
		this.rectifications = rectifications;
	}

	/**
	 * The progress of a case for the public, by query code plus either the last four digits of the applicant's phone
	 * or the key of the receipt's QR code. Every look-up counts against the address's limit.
	 *
	 * @throws ProgressLookupsExceededException when the address looked up too often
	 * @throws ProgressLookupRefusedException when code and digits (or key) do not match, the same for either
	 */
	@Transactional(propagation = Propagation.NEVER)
	public PublicProgress progress(String queryCode, String phoneLast4, String key, String address) {
		lookup.count(address);
		return lookup.progress(queryCode, phoneLast4, key);
	}

	/**
	 * A document the applicant may download, by query code and the access key of the progress page; a notice is
	 * rendered and kept on its first download.
	 */
	@Transactional
	public Cases.StoredPdf document(String queryCode, String key, long documentId) {
		return lookup.document(queryCode, key, documentId);
	}

	/**
	 * Rates a completed case, once (好差评). 不满意 or worse opens a rectification (核实整改) for the head of the
	 * handler's department, due in the configured working days, with a call-back (回访) to record. The look-up counts
	 * against the address's limit like any other.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void rate(String queryCode, String phoneLast4, String key, NewRating rating, String address) {
		lookup.count(address);
		applicantRating.rate(queryCode, phoneLast4, key, rating);
	}

	/** A rating given at a moment: for the demo loader, which records the ratings of past cases. */
	@Transactional
	void rate(long caseId, NewRating rating, Instant at) {
		this.rating.rate(caseId, rating, at);
	}

	/**
	 * The unit's ratings of a period for the exchange with the national 好差评 platform, each level mapped to the
	 * GB/T 39046 code (which runs the other way round); comments stay inside the platform.
	 */
	public List<RatingExchange> ratingsForExchange(UnitId unitId, LocalDate from, LocalDate toInclusive) {
		return rating.forExchange(unitId.value(), from, toInclusive);
	}

	/** The open rectifications of the heads whose departments the caller's scope covers, or all for region roles. */
	public List<Rectification> rectifications() {
		return rectifications.list();
	}

	/**
	 * The head records the findings, the measures and the call-back (回访); every bad rating is called back. Only the
	 * head it was opened for, or a head or leader over the department, closes it; supervisors read.
	 */
	@Transactional
	public Rectification closeRectification(long id, String findings, String measures, LocalDate calledBackOn,
			String callBackNote) {
		return rectifications.close(id, findings, measures, calledBackOn, callBackNote);
	}
}
