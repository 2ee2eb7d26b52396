package org.xiaoneng.access;

import static org.xiaoneng.testing.TestData.runAs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.xiaoneng.access.AccessMatrix.Caller;
import org.xiaoneng.accountability.Accountability;
import org.xiaoneng.accountability.FailureType;
import org.xiaoneng.accountability.InspectionKind;
import org.xiaoneng.accountability.Inspections;
import org.xiaoneng.accountability.Sanction;
import org.xiaoneng.accountability.Severity;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeTask;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.AttachmentKind;
import org.xiaoneng.catalog.CommitmentDraft;
import org.xiaoneng.catalog.Promise;
import org.xiaoneng.catalog.PromiseCategory;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.disclosure.Applicant;
import org.xiaoneng.disclosure.Cadence;
import org.xiaoneng.disclosure.Category;
import org.xiaoneng.disclosure.Disclosure;
import org.xiaoneng.disclosure.DisclosureFixtures;
import org.xiaoneng.disclosure.DisclosureItemId;
import org.xiaoneng.disclosure.DisclosurePortal;
import org.xiaoneng.disclosure.DisclosureRequests;
import org.xiaoneng.disclosure.ItemDraft;
import org.xiaoneng.evaluation.survey.NewSurvey;
import org.xiaoneng.evaluation.survey.SamplingSurvey;
import org.xiaoneng.disclosure.NewFeedback;
import org.xiaoneng.disclosure.NewRequest;
import org.xiaoneng.disclosure.RequestChannel;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.NewAccount;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.refusal.NewMaterialReturn;
import org.xiaoneng.refusal.RefusalCases;
import org.xiaoneng.refusal.RefusalUnit;
import org.xiaoneng.refusal.SignatureKind;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.supervision.SupervisionFixtures;

/**
 * One unit of the matrix test, built through the modules' facades: the refusal tests' unit (登记注册科 with a window
 * clerk, handlers, its head and the deputy overseeing it) plus a member of each cross-cutting role, and one resource
 * of every kind the matrix names (a published item, received cases, a pending refusal, a case awaiting an extension
 * decision, an inquiry, a complaint, an absence, a card and its appeal), so that a caller can be pointed at their own unit's or another's.
 */
final class MatrixUnit {

	final RefusalUnit unit;

	/** Who plays each role in this unit. */
	final Map<Caller, String> usernames = new EnumMap<>(Caller.class);

	/** The resource of each kind: {@code case} → a case id, {@code code} → an inquiry's public query code … */
	final Map<String, String> resources = new HashMap<>();

	/** The case the applicant follows publicly, with the phone it was filed with. */
	final String caseQueryCode;

	private final ServiceCatalog catalog;

	MatrixUnit(ApplicationContext context, Instant now) {
		Organization organization = context.getBean(Organization.class);
		Cases cases = context.getBean(Cases.class);
		InquiryRegister register = context.getBean(InquiryRegister.class);
		Substitutes substitutes = context.getBean(Substitutes.class);
		RefusalCases fixtures = new RefusalCases(context);
		unit = new RefusalUnit(organization);
		usernames.put(Caller.WINDOW_CLERK, unit.username("c"));
		usernames.put(Caller.HANDLER, unit.username("a"));
		usernames.put(Caller.DEPT_HEAD, unit.username("h"));
		usernames.put(Caller.LEADER, unit.username("d"));
		for (Caller role : List.of(Caller.ADMIN, Caller.SECURITY_ADMIN, Caller.AUDITOR, Caller.SUPERVISOR,
				Caller.DISCLOSURE_EDITOR)) {
			String username = "mx-" + role.name().toLowerCase().replace('_', '-') + "-" + unit.tag;
			join(organization, role.ordinal(), username);
			usernames.put(role, username);
		}

		// everyone has an account, so that their own account pages (tokens) answer; accounts are not the unit's but the
		// security administrator's, over the whole region, so no account is probed across units
		AccountManagement accounts = context.getBean(AccountManagement.class);
		usernames.forEach((role, username) -> {
			runAs("matrix-security-admin", () -> accounts.create(new NewAccount(username, "矩阵 " + username,
					Set.of(Role.valueOf(role.name())))), "ROLE_SECURITY_ADMIN");
		});

		resources.put("unit", String.valueOf(unit.unit.id()));
		resources.put("department", String.valueOf(unit.registration.id()));
		resources.put("board", String.valueOf(unit.registration.id()));
		resources.put("handler", String.valueOf(unit.handler.id()));
		resources.put("post", String.valueOf(unit.handling.id()));
		resources.put("staff", String.valueOf(unit.colleague.id()));
		// the probed staff member has a photo (a PNG's signature is all the store looks at)
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		runAs("matrix-admin", () -> {
			organization.changePhoto(new StaffId(unit.colleague.id()), png);
			return null;
		}, "ROLE_ADMIN");
		// the probed staff member wears a badge; the handler's badge is still to issue (the office's open task)
		BadgeOffice badges = context.getBean(BadgeOffice.class);
		context.getBean(ListenersAtRest.class).await(Duration.ofSeconds(10));
		resources.put("badge", String.valueOf(runAs("matrix-admin",
				() -> badges.issue(new StaffId(unit.colleague.id()), ""), "ROLE_ADMIN").id().value()));
		resources.put("badgeTask", String.valueOf(runAs("matrix-admin", () -> badges.tasks(true), "ROLE_ADMIN").stream()
			.filter(task -> task.staffId() == unit.handler.id() && task.kind() == BadgeTask.Kind.ISSUE)
			.findFirst()
			.orElseThrow()
			.id()));
		// the probed item is in force in its second version, whose application form (material 1) has a blank form
		catalog = context.getBean(ServiceCatalog.class);
		long itemId = fixtures.item(unit, RefusalAuthority.DEPARTMENT_HEAD).id();
		int version = unit.as("a", () -> catalog.revise(itemId)).version();
		unit.as("a", () -> {
			catalog.attach(itemId, version, 1, AttachmentKind.BLANK_FORM, "申请书.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			return catalog.submitForReview(itemId, version);
		});
		unit.as("h", () -> catalog.publish(itemId, version, null));
		resources.put("item", String.valueOf(itemId));
		resources.put("version", String.valueOf(version));

		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPARTMENT_HEAD);
		resources.put("case", String.valueOf(caseId));
		caseQueryCode = cases.caseFile(caseId).queryCode();

		// a red card about the case, issued to the unit's handler, and the handler's open appeal of it
		long card = SupervisionFixtures.issuedCard(context, caseId, unit.handler.id());
		resources.put("card", String.valueOf(card));
		resources.put("appeal", String.valueOf(SupervisionFixtures.openAppeal(context, card, unit.username("a"))));

		long refused = fixtures.receivedCase(unit, RefusalAuthority.DEPARTMENT_HEAD);
		resources.put("refusal",
				String.valueOf(unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(refused))).id()));

		// a refusal within the handler's authority is in force at once; the applicant took the materials back
		long returnedCase = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		RefusalId inForce = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(returnedCase))).id();
		unit.as("a", () -> fixtures.refusals().returnMaterials(inForce, new NewMaterialReturn(List.of("住所使用证明"),
				"张三", RefusalCases.APPLICANT_ID, SignatureKind.DRAWN, RefusalCases.PNG)));
		resources.put("returned", String.valueOf(inForce));

		long extended = fixtures.processingCase(unit, RefusalAuthority.DEPARTMENT_HEAD);
		// the acceptance notice (受理通知书) of a case in processing
		resources.put("document", String.valueOf(extended));
		resources.put("documentId",
				String.valueOf(unit.as("a", () -> cases.details(extended)).documents().get(0).id()));
		resources.put("extension",
				String.valueOf(unit.as("a", () -> cases.requestExtension(extended, 5, "需要现场核查")).id()));

		RegisterEntry inquiry = unit.as("c", () -> register.register(new NewInquiry(InquiryChannel.PHONE, null, "张三", null,
				"13800138000", null, InquiryCategory.CONSULTATION, "矩阵咨询" + unit.tag, null, List.of(), null, null,
				null, null, null), null));
		resources.put("inquiry", String.valueOf(inquiry.id()));
		resources.put("authority", String.valueOf(runAs("matrix-admin",
				() -> register.addAuthority("县信访局" + unit.tag, "0851-1234567", "示范县人民路2号", "信访事项"), "ROLE_ADMIN")
			.id()));
		resources.put("code", inquiry.queryCode());
		RegisterEntry complaint = unit.as("c", () -> register.register(new NewInquiry(InquiryChannel.VISIT, null, "李四",
				null, "13900139000", null, InquiryCategory.COMPLAINT, "窗口推诿" + unit.tag, "让我跑了三趟。", List.of(),
				null, unit.unit.id(), unit.registration.id(), null, null), null));
		resources.put("complaint", String.valueOf(complaint.id()));

		// an accountability case about the colleague, heard and decided with its notice (issue 15)
		Accountability accountability = context.getBean(Accountability.class);
		long accountable = runAs("matrix-supervisor", () -> accountability.refer(unit.colleague.id(), null,
				FailureType.OVERTIME, "矩阵问责" + unit.tag), "ROLE_SUPERVISOR").row().id();
		runAs("matrix-supervisor", () -> accountability.investigate(accountable, FailureType.OVERTIME, null,
				Severity.MINOR, Set.of(), "矩阵调查", null), "ROLE_SUPERVISOR");
		unit.as("b", () -> accountability.makeStatement(accountable, "矩阵申辩"));
		runAs("matrix-supervisor", () -> accountability.decide(accountable, Set.of(Sanction.ADMONITORY_TALK),
				unit.head.id(), "矩阵决定"), "ROLE_SUPERVISOR");
		resources.put("accountability", String.valueOf(accountable));

		// an unannounced inspection of the unit with a finding about the colleague and a photo as its evidence
		Inspections inspections = context.getBean(Inspections.class);
		long inspection = runAs("matrix-supervisor", () -> inspections.record(InspectionKind.UNANNOUNCED,
				LocalDate.of(2026, 2, 2), unit.unit.id(), List.of(new StaffId(unit.head.id())), "矩阵窗口"),
				"ROLE_SUPERVISOR").id();
		long finding = runAs("matrix-supervisor", () -> inspections.find(inspection, unit.colleague.id(), null,
				"SBZ-6", "矩阵发现"), "ROLE_SUPERVISOR").findings().get(0).id();
		long evidence = runAs("matrix-supervisor", () -> inspections.attach(finding, "窗口.png", png),
				"ROLE_SUPERVISOR").findings().get(0).evidence().get(0).id();
		resources.put("inspection", String.valueOf(inspection));
		resources.put("finding", String.valueOf(finding));
		resources.put("evidence", String.valueOf(evidence));

		// an item of the unit drafted by its disclosure editor, with a PDF attached (issue 18)
		Disclosure disclosure = context.getBean(Disclosure.class);
		String editor = usernames.get(Caller.DISCLOSURE_EDITOR);
		DisclosureItemId item = runAs(editor, () -> disclosure.draft(new ItemDraft(Category.OTHER, Cadence.AD_HOC,
				"矩阵公开" + unit.tag, "矩阵正文", null, LocalDate.of(2026, 3, 2))), "ROLE_DISCLOSURE_EDITOR").id();
		resources.put("disclosureItem", String.valueOf(item.value()));
		resources.put("disclosureAttachment", String.valueOf(runAs(editor,
				() -> disclosure.attach(item, "矩阵.pdf", DisclosureFixtures.pdf("Matrix")), "ROLE_DISCLOSURE_EDITOR")
			.attachments()
			.get(0)
			.id()));
		// a published item of the unit, cleared by the head, with the public's feedback waiting (issue 18, r8)
		DisclosureItemId published = runAs(editor, () -> disclosure.draft(new ItemDraft(Category.OTHER,
				Cadence.YEARLY, "矩阵已公开" + unit.tag, "矩阵正文", null, null)), "ROLE_DISCLOSURE_EDITOR").id();
		runAs(editor, () -> disclosure.submitForReview(published), "ROLE_DISCLOSURE_EDITOR");
		runAs(usernames.get(Caller.DEPT_HEAD), () -> disclosure.clear(published), "ROLE_DEPT_HEAD");
		runAs(editor, () -> disclosure.publish(published), "ROLE_DISCLOSURE_EDITOR");
		resources.put("disclosureFeedback", String.valueOf(context.getBean(DisclosurePortal.class)
			.leaveFeedback(published.value(), new NewFeedback("矩阵意见", null, null, true))));
		// a public survey of the unit over its year so far, defined by the region's supervisor (issue 16)
		SamplingSurvey surveys = context.getBean(SamplingSurvey.class);
		LocalDate today = LocalDate.ofInstant(now, Clocks.BUSINESS_ZONE);
		resources.put("survey", String.valueOf(runAs("matrix-supervisor", () -> surveys.define(new NewSurvey(
				today.getYear(), unit.unit.id(), today.withDayOfYear(1), today, 5, 1L, today.plusDays(14))),
				"ROLE_SUPERVISOR").id()));
		DisclosureRequests requests = context.getBean(DisclosureRequests.class);
		resources.put("disclosureRequest", String.valueOf(runAs(editor, () -> requests.register(new NewRequest(
				RequestChannel.WINDOW, new Applicant(Applicant.Kind.CITIZEN, "矩阵申请人", "示范县人民路1号"),
				"矩阵申请" + unit.tag, "纸质", now.atZone(Clocks.BUSINESS_ZONE).toLocalDate())), "ROLE_DISCLOSURE_EDITOR")
			.id()
			.value()));
		resources.put("disclosureUnit", String.valueOf(unit.unit.id()));

		Instant from = now.plus(Duration.ofDays(7));
		resources.put("absence", String.valueOf(unit.as("h", () -> substitutes.registerAbsence(
				new NewAbsence(unit.colleague.id(), AbsenceKind.LEAVE, from, from.plus(Duration.ofHours(8)), "病假")))
			.id()));
	}

	private void join(Organization organization, int number, String username) {
		runAs("matrix-admin", () -> organization.join(new NewStaff("mx" + number + unit.tag,
				unit.registration.id(), LocalDate.of(2020, 1, 1), new StaffParticulars("矩阵" + number, Gender.FEMALE,
						null, "科员", PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, username))),
				"ROLE_ADMIN");
	}

	/** A draft of the unit's service commitment, by its deputy leader: each publication probe publishes one. */
	void draftCommitment() {
		unit.as("d", () -> catalog.draftCommitment(new UnitId(unit.unit.id()), new CommitmentDraft("我们承诺：",
				List.of(new Promise(0, PromiseCategory.OTHER, "不收取额外费用", null)))));
	}
}
