package org.xiaoneng.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.ActingAs;

/**
 * The demo editor's requests for information in different states: an online application to confirm, one awaiting
 * its correction, one with a third party consulted, one answered with a fee past 国办函〔2020〕109号's 30 free pages,
 * and one refused and taken to reconsideration. Runs once, after the organisation's demo, through the real facades.
 */
@Component
@Profile("demo")
class DemoDisclosureRequests {

	private static final Logger LOG = LoggerFactory.getLogger(DemoDisclosureRequests.class);

	private static final String EDITOR = "editor";

	private final DisclosureRequests requests;

	private final DisclosureReports reports;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoDisclosureRequests(DisclosureRequests requests, DisclosureReports reports, JdbcClient jdbc,
			Clock clock) {
		this.requests = requests;
		this.reports = reports;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(75)
	void build() {
		if (jdbc.sql("select count(*) from disclosure.information_request").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		try {
			ActingAs.signedIn(EDITOR, "ROLE_DISCLOSURE_EDITOR", () -> {
				RequestView unclear = register("孙七", Applicant.Kind.CITIZEN, "关于我村的那个文件", today);
				requests.requestCorrection(unclear.id());
				RequestView consulted = register("示范县某建材有限公司", Applicant.Kind.ORGANIZATION,
						"本单位2026年与示范县某建材有限公司签订的采购合同", today);
				requests.consultThirdParty(consulted.id());
				RequestView answered = register("周八", Applicant.Kind.CITIZEN, "2025年度本单位部门决算及“三公”经费决算",
						today);
				requests.answer(answered.id(), AnswerType.DISCLOSED, 40);
				RequestView refused = register("吴九", Applicant.Kind.CITIZEN, "本单位内部人事管理会议记录", today);
				requests.answer(refused.id(), AnswerType.NOT_DISCLOSED, 0);
				reports.recordChallenge(refused.id(), ChallengeKind.RECONSIDERATION, today, ChallengeOutcome.PENDING);
				return null;
			});
		}
		catch (AccessDeniedException noEditor) {
			// a demo without the demo accounts has no editor to act as
			return;
		}
		long unitId = jdbc.sql("select unit_id from disclosure.information_request limit 1").query(Long.class).single();
		requests.submitOnline(new UnitId(unitId), new NewRequest(null,
				new Applicant(Applicant.Kind.CITIZEN, "赵六", "居民身份证（号码已核对）", "0851-6543210"),
				"本县2026年城乡居民医疗救助资金使用情况", "电子文档", null));
		LOG.info("Demo disclosure requests: one online to confirm, one awaiting correction, one consulting a third"
				+ " party, one answered with a fee, one refused and under reconsideration");
	}

	private RequestView register(String name, Applicant.Kind kind, String description, LocalDate today) {
		return requests.register(new NewRequest(RequestChannel.WINDOW, new Applicant(kind, name, "示范县人民路1号"),
				description, "纸质", today));
	}
}
