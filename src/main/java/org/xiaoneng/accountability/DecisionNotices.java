package org.xiaoneng.accountability;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Columns;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;
import org.xiaoneng.platform.documents.Notice.QrCode;
import org.xiaoneng.platform.documents.Notice.Section;
import org.xiaoneng.platform.documents.Notice.Signature;

import tools.jackson.databind.json.JsonMapper;

/**
 * The decision notice (效能问责决定书): numbered 机关简称效问〔年份〕序号号 per unit and year without gaps, stored as data
 * and as its PDF so that it reprints identically. Official documents are written in Chinese whatever the reader's
 * language (国家通用语言文字法 第九条), so its sentences are written here; the names of sanctions and failures come from
 * the Chinese bundle. It names the subject, the failure, the statement and the decision, never whoever complained.
 */
@Component
class DecisionNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final JdbcClient jdbc;

	private final Organization organization;

	private final Documents documents;

	private final AccountabilitySettings settings;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	DecisionNotices(JdbcClient jdbc, Organization organization, Documents documents, AccountabilitySettings settings,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.documents = documents;
		this.settings = settings;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/** A stored notice: its number and PDF. */
	record StoredNotice(String number, byte[] pdf) {
	}

	/** Numbers, renders and stores the notice of a decided case; the unit's counter stays locked until the commit. */
	StoredNotice issue(AccountabilityCase kase) {
		long unitId = kase.subject().unitId();
		int year = kase.decision().decidedOn().getYear();
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(7317, :unit)) locked")
			.param("unit", (int) unitId)
			.query(Integer.class)
			.single();
		int sequence = jdbc.sql("""
				select coalesce(max(sequence), 0) + 1 from accountability.decision_notice
				where unit_id = :unit and year = :year""")
			.param("unit", unitId)
			.param("year", year)
			.query(Integer.class)
			.single();
		Unit unit = organization.unit(new UnitId(unitId));
		String number = unit.shortName() + "效问〔" + year + "〕" + sequence + "号";
		Notice notice = write(kase, number, unit.name());
		byte[] pdf = documents.pdf(notice);
		jdbc.sql("""
				insert into accountability.decision_notice (case_id, unit_id, year, sequence, number, notice, pdf, issued_at)
				values (:case, :unit, :year, :sequence, :number, :notice, :pdf, :at)""")
			.param("case", kase.idOrNull())
			.param("unit", unitId)
			.param("year", year)
			.param("sequence", sequence)
			.param("number", number)
			.param("notice", json.writeValueAsString(notice))
			.param("pdf", pdf)
			.param("at", Columns.time(clock.instant()))
			.update();
		return new StoredNotice(number, pdf);
	}

	/** The notice of a decided case, as it was issued. */
	Optional<StoredNotice> of(long caseId) {
		return jdbc.sql("select number, pdf from accountability.decision_notice where case_id = :case")
			.param("case", caseId)
			.query((rs, row) -> new StoredNotice(rs.getString("number"), rs.getBytes("pdf")))
			.optional();
	}

	private Notice write(AccountabilityCase kase, String number, String unitName) {
		AccountabilityCase.Findings findings = kase.findings();
		AccountabilityCase.Decision decision = kase.decision();
		Subject subject = kase.subject();
		String addressee = subject.person() ? organization.staffMember(new StaffId(subject.staffId())).name()
				: subject.departmentId() != null ? organization.department(new DepartmentId(subject.departmentId())).name() : unitName;
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("经调查核实，你（单位）存在“" + label(kase.failureType()) + "”的问题（《效能建设工作制度》"
				+ kase.failureType().rule() + "）" + (findings.conduct() == null ? ""
						: "，违反行为规范 " + findings.conduct().code()) + "。");
		paragraphs.add("基本事实：" + kase.facts());
		paragraphs.add("调查情况：" + findings.record());
		paragraphs.add(kase.statement() == null ? "你（单位）在规定期限（" + DAY.format(kase.statementDue()) + "前）内未提出申辩。"
				: "你（单位）的申辩意见：" + kase.statement());
		String sanctions = decision.sanctions().stream().map(this::label).collect(Collectors.joining("、"));
		paragraphs.add("根据《效能建设工作制度》七、失职追究制“对违反本制度并经查实的，要根据情节轻重，按规定追究其责任”的规定，鉴于情节"
				+ label(findings.severity()) + (kase.aggravated() ? "，且依规从重处理" : "") + "，经"
				+ organization.staffMember(new StaffId(decision.deciderStaffId())).name() + "（" + label(decision.deciderLevel())
				+ "）决定，给予" + sanctions + "。");
		paragraphs.add("理由：" + decision.reason());
		if (decision.effects().notEligibleForExcellent() || decision.effects().bonusDeductionPercent() > 0) {
			paragraphs.add((decision.effects().notEligibleForExcellent() ? kase.year() + "年度考核不得评为优秀" : "")
					+ (decision.effects().notEligibleForExcellent() && decision.effects().bonusDeductionPercent() > 0
							? "；" : "")
					+ (decision.effects().bonusDeductionPercent() > 0
							? "扣减年度奖励性绩效" + decision.effects().bonusDeductionPercent() + "%" : "")
					+ "。");
		}
		paragraphs.add("如对本决定不服，可自收到本决定书之日起" + settings.appealDays() + "日内向作出决定的机关申请复核。");
		return new Notice("效能问责决定书", number, addressee, List.of(new Section("", paragraphs)),
				new Signature(unitName, decision.decidedOn()),
				new QrCode(settings.publicBaseUrl() + "/accountability/cases/" + kase.idOrNull(), "扫码核验本决定书（需登录）"));
	}

	private String label(Enum<?> value) {
		return messages.getMessage(Labels.of(value), Locale.SIMPLIFIED_CHINESE);
	}
}
