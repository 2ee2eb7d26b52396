package org.xiaoneng.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.disclosure.AnswerType;
import org.xiaoneng.disclosure.DisclosureRequests;
import org.xiaoneng.disclosure.InformationRequestId;
import org.xiaoneng.disclosure.NewRequest;
import org.xiaoneng.disclosure.RequestNoticeKind;
import org.xiaoneng.disclosure.RequestView;

/**
 * 依申请公开 for integrations: a unit's disclosure editors register and handle requests for information with the
 * dates of 政府信息公开条例 (2019); a head or leader approves the one extension; supervisors and administrators read.
 */
@RestController
@RequestMapping("/api/v1/disclosure/requests")
@Tag(name = "Disclosure requests", description = "依申请公开: requests for information and their time limits")
class DisclosureRequestApiController {

	static final String HEADS = "hasAnyRole('DEPT_HEAD', 'LEADER')";

	private final DisclosureRequests requests;

	DisclosureRequestApiController(DisclosureRequests requests) {
		this.requests = requests;
	}

	/** The day something came: the corrected request, the third party's opinion. */
	record Day(LocalDate on) {
	}

	/** The working days of an extension. */
	record Extension(int workingDays) {
	}

	/** An answer of 第三十六条 and the pages handed over. */
	record Answer(AnswerType type, int pages) {
	}

	@GetMapping
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "The requests of the editor's unit, newest first, with their dates")
	List<RequestView> requests() {
		return requests.myUnitRequests();
	}

	@PostMapping
	@PreAuthorize(DisclosureApiController.EDITOR)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a request with its day of receipt (第三十一条)")
	@ApiResponse(responseCode = "400", description = "No description of the information, no applicant or no day")
	RequestView register(@RequestBody NewRequest request) {
		return requests.register(request);
	}

	@GetMapping("/{id}")
	@PreAuthorize(DisclosureApiController.READERS)
	@Operation(summary = "A request with its dates")
	RequestView request(@PathVariable long id) {
		return requests.request(new InformationRequestId(id));
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "Confirms an online application with the applicant: received today (第三十一条(三))")
	RequestView confirm(@PathVariable long id) {
		return requests.confirm(new InformationRequestId(id));
	}

	@GetMapping(value = "/{id}/notice", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(DisclosureApiController.READERS)
	@Operation(summary = "A notice to the applicant as PDF: CORRECTION, EXTENSION or ANSWER, with the remedies")
	ResponseEntity<byte[]> notice(@PathVariable long id, @RequestParam RequestNoticeKind kind) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(requests.notice(new InformationRequestId(id), kind));
	}

	@PostMapping("/{id}/correction")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "Asks once for a correction, within 7 working days of receipt (第三十条); the clock stops")
	RequestView requestCorrection(@PathVariable long id) {
		return requests.requestCorrection(new InformationRequestId(id));
	}

	@PostMapping("/{id}/correction/received")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "The corrected request came: the reply period counts from that day")
	RequestView correctionReceived(@PathVariable long id, @RequestBody Day day) {
		return requests.correctionReceived(new InformationRequestId(id), day.on());
	}

	@PostMapping("/{id}/correction/lapsed")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "No correction came in time: the request counts as withdrawn")
	RequestView correctionNotReceived(@PathVariable long id) {
		return requests.correctionNotReceived(new InformationRequestId(id));
	}

	@PostMapping("/{id}/consultation")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "Asks a third party's opinion (第三十二条); the time it takes does not count")
	RequestView consult(@PathVariable long id) {
		return requests.consultThirdParty(new InformationRequestId(id));
	}

	@PostMapping("/{id}/consultation/answered")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "The third party answered on the day, or its 15 working days ran out")
	RequestView thirdPartyAnswered(@PathVariable long id, @RequestBody Day day) {
		return requests.thirdPartyAnswered(new InformationRequestId(id), day.on());
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize(HEADS)
	@Operation(summary = "Extends the reply once by at most 20 working days, with the head's approval (第三十三条)")
	RequestView extend(@PathVariable long id, @RequestBody Extension extension) {
		return requests.extend(new InformationRequestId(id), extension.workingDays());
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@Operation(summary = "Answers with one of the answers of 第三十六条; a fee only past 国办函〔2020〕109号's thresholds")
	RequestView answer(@PathVariable long id, @RequestBody Answer answer) {
		return requests.answer(new InformationRequestId(id), answer.type(), answer.pages());
	}
}
