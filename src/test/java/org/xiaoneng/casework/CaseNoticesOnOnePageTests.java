package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Every notice a case gives the applicant fits one A4 page with its signature and QR code, even for the demo catalog's
 * item with the most and the longest materials (食品经营许可: six, 123 characters), listed in full on the receipt and as
 * defects on the correction notice (一次性告知书); once such a notice spilled its signature or QR code onto a second page.
 */
class CaseNoticesOnOnePageTests {

	private static final Documents DOCUMENTS = new Documents();

	private static final LocalDate MONDAY = CaseUnitTests.MONDAY;

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	// the demo catalog's 食品经营许可, as DemoCatalog lists its materials
	private static final List<String> MATERIALS = List.of("食品经营许可申请书", "营业执照或者其他主体资格证明文件",
			"与食品经营相适应的主要设备设施、经营布局、操作流程等文件",
			"食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录", "食品安全管理人员及其健康证明",
			"委托书及受托人身份证件");

	private static final String UNIT = "示范县市场监督管理局";

	private static final CaseNotices.Handler HANDLER = new CaseNotices.Handler("欧阳晓东", "SJ0123", "0859-86122300");

	private static final Notice.QrCode QR = new Notice.QrCode("https://xiaoneng.example/portal/progress?code=Q2026030200001",
			"扫码查询办理进度（查询码 Q2026030200001）");

	static Stream<Arguments> notices() {
		return Stream.of(
				notice("一次性告知书（补正材料通知书）", c -> CaseNotices.correction(c, item(), number(), defects(),
						"申请人补正的材料仍不符合法定形式，需再次补正", HANDLER, MONDAY, UNIT, QR)),
				notice("收件回执单", c -> CaseNotices.receipt(c, item(), number(), received(), Instant.parse("2026-03-02T02:00:00Z"),
						ZONE, HANDLER, UNIT, QR)),
				notice("暂停计时告知书", c -> CaseNotices.suspension(c, number(), PauseKind.SPECIAL_PROCEDURE, "专家评审",
						"申请事项涉及新工艺，依法组织专家评审", 10, MONDAY, HANDLER, UNIT, QR)),
				notice("延期告知书", c -> CaseNotices.extension(c, number(), 10, "需补充现场核查", MONDAY.plusDays(20),
						MONDAY.plusDays(34), MONDAY, HANDLER, UNIT, QR)),
				notice("办结通知书", c -> CaseNotices.completion(c, number(), "食品经营许可证", "JY15209990012345",
						MONDAY, HANDLER, UNIT, QR)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notices")
	void theNoticeFitsOnePageWithItsSignatureAndQrCode(String title, Function<Case, Notice> write) throws IOException {
		Notice notice = write.apply(accepted());

		PdfReader reader = new PdfReader(DOCUMENTS.pdf(notice));

		assertThat(reader.getNumberOfPages()).as(title).isEqualTo(1);
		String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
		assertThat(text).contains(UNIT, "2026年3月2日", "扫码查询办理进度");
		if (notice.sections().stream().anyMatch(section -> section.table() != null)) {
			assertThat(text).as("the last material").contains("委托书及受托人身份证件");
		}
	}

	private static Arguments notice(String title, Function<Case, Notice> write) {
		return Arguments.of(title, write);
	}

	private static Case accepted() {
		ApplicantOnFile applicant = new ApplicantOnFile(ApplicantKind.ORGANISATION, "欧阳建国",
				"示范县城关镇人民路美食城餐饮管理有限责任公司", IdType.RESIDENT_ID, "enc", "hash", "5209**********0020", "enc",
				"139****0001", null, null, null, null, null, null, null);
		Case kase = Case.receive(new CaseIntake(1, CaseUnitTests.WINDOW_DEPARTMENT, 3, 1, "食品经营许可", "Q2026030200001",
				SubmissionChannel.WINDOW, applicant, DeliveryMethod.PICKUP, MONDAY, Instant.parse("2026-03-02T01:00:00Z"),
				"clerk", null), CaseUnitTests.WEEKDAYS);
		kase.identify(1);
		kase.accept(number(), MONDAY, Instant.parse("2026-03-02T02:00:00Z"), "clerk", false, 10, 20, false,
				List.of(new Step(1, "审查及现场核查", 100, CaseUnitTests.WINDOW_DEPARTMENT, 6)), CaseUnitTests.WEEKDAYS);
		return kase;
	}

	private static String number() {
		return "示范县市监食许受〔2026〕1024号";
	}

	private static ServiceItem item() {
		List<Material> materials = new ArrayList<>();
		for (int i = 0; i < MATERIALS.size(); i++) {
			materials.add(new Material(i + 1, MATERIALS.get(i), "申请人自备", 1, 0, "A4", true, "", true, "", false, false));
		}
		return new ServiceItem(3, 1, "食品经营许可", "000127020000", "11520999MB1A2C3D4-000127020000", ItemType.ADMINISTRATIVE_LICENSE,
				1, CaseUnitTests.WINDOW_DEPARTMENT, List.of(), List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条"),
						new LegalBasis("食品经营许可和备案管理办法", "第十一条"), new LegalBasis("中华人民共和国行政许可法", "第四十二条")),
				"条件", TimeLimit.workingDays(20), TimeLimit.workingDays(10), CaseKind.PROMISED, List.of(), List.of(),
				materials, List.of(), "县政务服务中心", "工作日", "0859-86122300", "12345", 1, true,
				RefusalAuthority.DEPUTY_LEADER, 10, "", "", List.of(), ItemStatus.PUBLISHED, MONDAY);
	}

	private static List<CasePapers.StoredDefect> defects() {
		List<CasePapers.StoredDefect> defects = new ArrayList<>();
		for (int i = 0; i < MATERIALS.size(); i++) {
			defects.add(new CasePapers.StoredDefect(i + 1, null, MATERIALS.get(i),
					"缺少该材料，或所交材料未加盖申请人公章、未由法定代表人签字，请按办事指南的要求补交原件一份"));
		}
		return defects;
	}

	private static List<CasePapers.StoredMaterial> received() {
		List<CasePapers.StoredMaterial> received = new ArrayList<>();
		for (int i = 0; i < MATERIALS.size(); i++) {
			received.add(new CasePapers.StoredMaterial(i + 1, new ReceivedMaterial(i + 1, MATERIALS.get(i), true, 1, 12), 1));
		}
		return received;
	}
}
