package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.casework.PdfText;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.refusal.RefusalFoundWrong;
import org.xiaoneng.refusal.RefusedMatter;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.CardIssued;
import org.xiaoneng.supervision.CardsIssued;
import org.xiaoneng.supervision.CardRevoked;
import org.xiaoneng.supervision.ObjectType;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * Accountability with the other modules and the database: cases opened from their events once per source and
 * person, the subject heard, a decision by a leader with the authority for it and its notice, 从重 for a second case,
 * scope, and bad input that changes nothing.
 */
@IntegrationTest
class AccountabilityIntegrationTests {

	@Autowired
	Accountability accountability;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ListenersAtRest listeners;

	@Test
	void aSubstantiatedComplaintOpensACaseAgainstThePersonConcerned() {
		AccountableUnit u = new AccountableUnit(organization);

		RegisterEntry complaint = u.substantiatedComplaint(register, "王五", "13700137000", "窗口让我跑了三趟。");
		settle();

		CaseRow row = single(u, CaseSource.COMPLAINT);
		assertThat(row.subjectName()).isEqualTo(u.handler.name());
		assertThat(row.state()).isEqualTo(CaseState.OPEN);
		assertThat(asSupervisor(() -> accountability.kase(row.id())).sourceId()).isEqualTo(complaint.id());
		assertThat(u.as("a", "HANDLER", () -> accountability.kase(row.id())).sourceId()).isNull();
		assertThat(complaint.conduct().code()).isEqualTo("SBZ-6");
		assertThat(row.failureType()).isEqualTo(FailureType.CONDUCT_RULE_BROKEN);
		CaseView kase = asSupervisor(() -> accountability.kase(row.id()));
		assertThat(kase.conductCode()).isEqualTo("SBZ-6");
		assertThat(kase.conductText()).isEqualTo("不准办事拖拉");
	}

	@Test
	void aComplaintCitingACodeTheUnitsListDoesNotHoldIsRefusedAndNothingIsFiled() {
		AccountableUnit u = new AccountableUnit(organization);

		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(
				InquiryChannel.VISIT, null, "王五", null, "13700137000", null, InquiryCategory.COMPLAINT, "窗口推诿" + u.tag,
				"让我跑了三趟。", List.of(), null, u.unit.id(), u.registration.id(), u.handler.id(), null, "SBZ-99"), null)))
			.isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("conduct.error.ruleUnknown");
		assertThat(jdbc.sql("select count(*) from inquiry.inquiry where subject = :subject")
			.param("subject", "窗口推诿" + u.tag)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSubjectIsHeardThenALeaderWithTheAuthorityDecidesAndTheNoticeIsIssued() {
		AccountableUnit u = new AccountableUnit(organization);
		long id = referred(u);

		asSupervisor(() -> accountability.investigate(id, FailureType.OVERTIME, null, Severity.SERIOUS, Set.of(),
				"调取办件流转记录，超期3个工作日。", "办件流转记录"));
		CaseView heard = u.as("a", "HANDLER", () -> accountability.makeStatement(id, "当日系统故障，已补办。"));
		assertThat(heard.row().state()).isEqualTo(CaseState.STATED);

		CaseView decided = asSupervisor(() -> accountability.decide(id,
				EnumSet.of(Sanction.PUBLIC_CRITICISM, Sanction.ADMONITORY_TALK), u.deputy.id(), "超期属实，申辩理由不成立。"));

		assertThat(decided.row().state()).isEqualTo(CaseState.DECIDED);
		assertThat(decided.sanctions()).containsExactly(Sanction.ADMONITORY_TALK, Sanction.PUBLIC_CRITICISM);
		assertThat(decided.notEligibleForExcellent()).isTrue();
		assertThat(decided.bonusDeductionPercent()).isEqualTo(10);
		assertThat(decided.noticeNumber()).isEqualTo("问" + u.tag + "效问〔" + LocalDate.now(clock).getYear() + "〕1号");
		String notice = PdfText.of(u.as("a", "HANDLER", () -> accountability.notice(id)));
		assertThat(notice).contains("效能问责决定书", decided.noticeNumber(), "通报批评", "诫勉谈话", "当日系统故障",
				"30日内", "申请复核", u.deputy.name());
	}

	@Test
	void aPersonsSecondCaseInTheYearIsMarkedAggravated() {
		AccountableUnit u = new AccountableUnit(organization);

		long first = referred(u);
		long second = referred(u);

		assertThat(asSupervisor(() -> accountability.kase(first)).row().aggravated()).isFalse();
		assertThat(asSupervisor(() -> accountability.kase(second)).row().aggravated()).isTrue();
		assertThat(asSupervisor(() -> accountability.kase(second)).repeatInYear()).isTrue();
	}

	@Test
	void aDecisionBeforeTheStatementPeriodHasPassedIsRefusedAndChangesNothing() {
		AccountableUnit u = new AccountableUnit(organization);
		long id = referred(u);
		asSupervisor(() -> accountability.investigate(id, FailureType.OVERTIME, null, Severity.MINOR, Set.of(), "核实",
				null));

		assertThatThrownBy(() -> asSupervisor(() -> accountability.decide(id, Set.of(Sanction.ADMONITORY_TALK),
				u.head.id(), "理由"))).isInstanceOf(StatementPeriodOpenException.class);

		assertThat(asSupervisor(() -> accountability.kase(id)).row().state()).isEqualTo(CaseState.AWAITING_STATEMENT);
		assertThat(noticeCount(id)).isZero();
	}

	@Test
	void aSanctionAboveTheDecidersAuthorityIsRefusedAndChangesNothing() {
		AccountableUnit u = new AccountableUnit(organization);
		long id = stated(u, Severity.GRAVE);

		assertThatThrownBy(() -> asSupervisor(() -> accountability.decide(id, Set.of(Sanction.EFFICIENCY_WARNING),
				u.deputy.id(), "理由"))).isInstanceOf(SanctionAboveAuthorityException.class);
		assertThatThrownBy(() -> asSupervisor(() -> accountability.decide(id, Set.of(Sanction.ADMONITORY_TALK),
				u.colleague.id(), "理由"))).isInstanceOf(SanctionTooLightException.class);
		assertThatThrownBy(() -> asSupervisor(() -> accountability.decide(id, Set.of(Sanction.EFFICIENCY_WARNING),
				u.colleague.id(), "理由"))).isInstanceOf(SanctionAboveAuthorityException.class);

		assertThat(asSupervisor(() -> accountability.kase(id)).row().state()).isEqualTo(CaseState.STATED);
		assertThat(asSupervisor(() -> accountability.decide(id, Set.of(Sanction.EFFICIENCY_WARNING),
				u.principal.id(), "情节严重")).row().state()).isEqualTo(CaseState.DECIDED);
	}

	@Test
	void theSubjectAndTheirHeadSeeTheCaseAndAColleagueOrAnotherUnitsHeadDoesNot() {
		AccountableUnit u = new AccountableUnit(organization);
		AccountableUnit other = new AccountableUnit(organization);
		long id = referred(u);

		assertThat(u.as("a", "HANDLER", () -> accountability.kase(id)).row().id()).isEqualTo(id);
		assertThat(u.as("h", "DEPT_HEAD", () -> accountability.kase(id)).row().id()).isEqualTo(id);
		assertThatThrownBy(() -> u.as("b", "HANDLER", () -> accountability.kase(id)))
			.isInstanceOf(AccountabilityCaseNotFoundException.class);
		assertThatThrownBy(() -> other.as("h", "DEPT_HEAD", () -> accountability.kase(id)))
			.isInstanceOf(AccountabilityCaseNotFoundException.class);
		assertThat(u.as("b", "HANDLER", () -> accountability.cases(CaseFilter.none(), null, 100)).items())
			.noneMatch(row -> row.id() == id);
		assertThat(u.as("h", "DEPT_HEAD", () -> accountability.cases(CaseFilter.none(), null, 100)).items())
			.anyMatch(row -> row.id() == id);
	}

	/**
	 * The lists page by keyset, newest first: the head's second page starts after the last case of the first and
	 * holds only their department's cases, however many another unit opened in between.
	 */
	@Test
	void aHeadPagesTheCasesByCursorAndTheSecondPageStaysInTheirScope() {
		AccountableUnit u = new AccountableUnit(organization);
		AccountableUnit other = new AccountableUnit(organization);
		List<Long> own = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			own.add(referred(u));
			referred(other);
		}

		CasePage first = u.as("h", "DEPT_HEAD", () -> accountability.cases(CaseFilter.none(), null, 2));
		CasePage second = u.as("h", "DEPT_HEAD", () -> accountability.cases(CaseFilter.none(), first.next(), 2));

		// a page counts only what it shows, "more than 2" here
		assertThat(first).extracting(CasePage::total, CasePage::totalExact).containsExactly(2L, false);
		assertThat(first.previous()).isNull();
		assertThat(second.next()).as("the last page").isNull();
		Collections.reverse(own);
		assertThat(Stream.concat(first.items().stream(), second.items().stream()).map(CaseRow::id).toList())
			.as("newest first, each of the department's cases once").containsExactlyElementsOf(own);
	}

	@Test
	void onlyTheSubjectMakesTheStatementAndOnlyASupervisorInvestigates() {
		AccountableUnit u = new AccountableUnit(organization);
		long id = referred(u);

		assertThatThrownBy(() -> u.as("h", "DEPT_HEAD", () -> accountability.investigate(id, FailureType.OVERTIME, null,
				Severity.MINOR, Set.of(), "核实", null))).isInstanceOf(AccessDeniedException.class);
		asSupervisor(() -> accountability.investigate(id, FailureType.OVERTIME, null, Severity.MINOR, Set.of(), "核实",
				null));
		assertThatThrownBy(() -> u.as("h", "DEPT_HEAD", () -> accountability.makeStatement(id, "代为申辩")))
			.isInstanceOf(NotTheRespondentException.class);
		assertThat(asSupervisor(() -> accountability.kase(id)).statement()).isNull();
	}

	@Test
	void aBreachOfTheConductRulesCitesARuleOfTheUnitsListInForce() {
		AccountableUnit u = new AccountableUnit(organization);
		long id = referred(u);

		assertThatThrownBy(() -> asSupervisor(() -> accountability.investigate(id, FailureType.CONDUCT_RULE_BROKEN,
				null, Severity.MINOR, Set.of(), "核实", null))).isInstanceOf(ChoiceRequiredException.class);
		assertThatThrownBy(() -> asSupervisor(() -> accountability.investigate(id, FailureType.CONDUCT_RULE_BROKEN,
				"SBZ-99", Severity.MINOR, Set.of(), "核实", null))).isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("conduct.error.ruleUnknown");

		CaseView cited = asSupervisor(() -> accountability.investigate(id, FailureType.CONDUCT_RULE_BROKEN, "SBZ-5",
				Severity.MINOR, Set.of(), "收受服务对象香烟一条", null));
		assertThat(cited.conductCode()).isEqualTo("SBZ-5");
		assertThat(cited.conductText()).isEqualTo("不准滥用职权、吃拿卡要");
	}

	@Test
	void aRedCardOpensOneCaseHoweverOftenItIsDeliveredAndItsRevocationWithdrawsIt() {
		AccountableUnit u = new AccountableUnit(organization);
		long cardId = 900_000_000L + Math.abs(u.tag.hashCode() % 1_000_000);
		CardIssued red = new CardIssued(cardId, "CASE_OVERDUE", 1, CardColour.RED, ObjectType.CASE, 1, u.unit.id(),
				u.registration.id(), u.handler.id(), LocalDate.now(clock).plusDays(2));

		publish(red);
		publish(red);

		CaseRow row = single(u, CaseSource.CARD);
		assertThat(row.failureType()).isEqualTo(FailureType.OVERTIME);
		assertThat(row.subjectName()).isEqualTo(u.handler.name());

		publish(new CardRevoked(cardId, "CASE_OVERDUE", CardColour.RED, u.unit.id(), u.registration.id(),
				u.handler.id(), "supervisor"));
		assertThat(asSupervisor(() -> accountability.kase(row.id())).row().state()).isEqualTo(CaseState.WITHDRAWN);
	}

	@Test
	void theRedCardsOfTheDeadlineSweepsBatchOpenACaseEachAndItsWarningsNone() {
		AccountableUnit u = new AccountableUnit(organization);
		long cardId = 700_000_000L + Math.abs(u.tag.hashCode() % 1_000_000);
		LocalDate due = LocalDate.now(clock).plusDays(2);

		publish(new CardsIssued(LocalDate.now(clock), List.of(
				new CardIssued(cardId, "CASE_DEADLINE_NEAR", 1, CardColour.WARNING, ObjectType.CASE, 1, u.unit.id(),
						u.registration.id(), u.handler.id(), due),
				new CardIssued(cardId + 1, "CASE_OVERDUE", 1, CardColour.RED, ObjectType.CASE, 2, u.unit.id(),
						u.registration.id(), u.handler.id(), due))));

		assertThat(single(u, CaseSource.CARD).subjectName()).isEqualTo(u.handler.name());
	}

	@Test
	void aYellowCardOpensNoCase() {
		AccountableUnit u = new AccountableUnit(organization);

		publish(new CardIssued(1, "CASE_DUE_TODAY", 1, CardColour.YELLOW, ObjectType.CASE, 1, u.unit.id(),
				u.registration.id(), u.handler.id(), LocalDate.now(clock).plusDays(2)));

		assertThat(asSupervisor(() -> accountability.cases(filter(u, null), null, 10)).total()).isZero();
	}

	@Test
	void aRefusalFoundWrongOpensCasesForTheHandlerAndTheLeaderWhoAgreed() {
		AccountableUnit u = new AccountableUnit(organization);
		long refusal = 800_000_000L + Math.abs(u.tag.hashCode() % 1_000_000);
		RefusalFoundWrong wrong = new RefusalFoundWrong(new RefusalId(refusal), new RefusedMatter(new CaseId(1), null), u.unit.id(), u.registration.id(),
				u.handler.id(), u.deputy.id(), "supervisor", "材料齐全，不应否定");

		publish(wrong);
		publish(wrong);

		List<CaseRow> rows = asSupervisor(() -> accountability.cases(filter(u, CaseSource.REFUSAL), null, 10)).items();
		assertThat(rows).extracting(CaseRow::subjectName).containsExactlyInAnyOrder(u.handler.name(), u.deputy.name());
		assertThat(rows).extracting(CaseRow::failureType).containsOnly(FailureType.REFUSAL_NOT_FILED);
	}

	@Test
	void forceMajeureClosesACaseWithoutAccountabilityAndItNoLongerCountsForTheYear() {
		AccountableUnit u = new AccountableUnit(organization);
		long first = referred(u);

		CaseView closed = asSupervisor(() -> accountability.exempt(first, "暴雨致全县停电，系统无法办理"));
		long second = referred(u);

		assertThat(closed.row().state()).isEqualTo(CaseState.EXEMPTED);
		assertThat(closed.closingReason()).isEqualTo("暴雨致全县停电，系统无法办理");
		assertThat(asSupervisor(() -> accountability.kase(second)).row().aggravated()).isFalse();
	}

	@Test
	void aLeaderRefersOnlyTheStaffTheyLead() {
		AccountableUnit u = new AccountableUnit(organization);
		AccountableUnit other = new AccountableUnit(organization);

		CaseView referred = u.as("d", "LEADER", () -> accountability.refer(u.handler.id(), null,
				FailureType.ABSENT_FROM_POST, "工作时间擅离岗位两小时"));
		assertThat(referred.row().source()).isEqualTo(CaseSource.LEADER_REFERRAL);

		assertThatThrownBy(() -> other.as("d", "LEADER", () -> accountability.refer(u.handler.id(), null,
				FailureType.ABSENT_FROM_POST, "越权交办"))).isInstanceOfAny(AccessDeniedException.class, RuleViolationException.class);
		assertThat(asSupervisor(() -> accountability.cases(filter(u, CaseSource.LEADER_REFERRAL), null, 10)).total())
			.isEqualTo(1);
	}

	@Test
	void theYearsStatisticsCountPerUnitFailureTypeAndSanction() {
		AccountableUnit u = new AccountableUnit(organization);
		long id = stated(u, Severity.MINOR);
		asSupervisor(() -> accountability.decide(id, Set.of(Sanction.WRITTEN_SELF_CRITICISM), u.head.id(), "属实"));
		referred(u);

		YearStatistics statistics = u.as("d", "LEADER", () -> accountability.statistics(LocalDate.now(clock).getYear()));

		assertThat(statistics.byUnit()).singleElement().satisfies(count -> {
			assertThat(count.key()).isEqualTo(String.valueOf(u.unit.id()));
			assertThat(count.cases()).isEqualTo(2);
		});
		assertThat(statistics.bySanction()).extracting(YearStatistics.Count::key, YearStatistics.Count::cases)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("WRITTEN_SELF_CRITICISM", 1L));
	}

	private long referred(AccountableUnit u) {
		return asSupervisor(() -> accountability.refer(u.handler.id(), null, FailureType.OVERTIME, "办件超期未办结"))
			.row()
			.id();
	}

	private long stated(AccountableUnit u, Severity severity) {
		long id = referred(u);
		asSupervisor(() -> accountability.investigate(id, FailureType.OVERTIME, null, severity, Set.of(), "核实", null));
		u.as("a", "HANDLER", () -> accountability.makeStatement(id, "申辩意见"));
		return id;
	}

	private CaseRow single(AccountableUnit u, CaseSource source) {
		List<CaseRow> rows = asSupervisor(() -> accountability.cases(filter(u, source), null, 10)).items();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static CaseFilter filter(AccountableUnit u, CaseSource source) {
		return new CaseFilter(null, u.unit.id(), null, null, null, source, false);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
		settle();
	}

	private long noticeCount(long caseId) {
		return jdbc.sql("select count(*) from accountability.decision_notice where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

	private void settle() {
		assertThat(listeners.await(Duration.ofSeconds(10))).as("listeners came to rest").isTrue();
	}
}
