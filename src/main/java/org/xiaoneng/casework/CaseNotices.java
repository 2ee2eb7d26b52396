package org.xiaoneng.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.platform.documents.Notice;
import org.xiaoneng.platform.documents.Notice.QrCode;
import org.xiaoneng.platform.documents.Notice.Section;
import org.xiaoneng.platform.documents.Notice.Signature;
import org.xiaoneng.platform.documents.Notice.Table;

/**
 * The written notices of a case as data (一次性告知书, 收件回执单, 暂停计时告知书, 延期办理告知书, 办结通知书). Official
 * documents are issued in Chinese whatever the reader's interface language (国家通用语言文字法 第九条: 国家机关以普通话
 * 和规范汉字为公务用语用字), so their text is written here rather than taken from a message bundle.
 */
final class CaseNotices {

	static final String CORRECTION = "CORRECTION_NOTICE";

	static final String RECEIPT = "RECEIPT";

	static final String SUSPENSION = "SUSPENSION_NOTICE";

	static final String EXTENSION = "EXTENSION_NOTICE";

	static final String COMPLETION = "COMPLETION_NOTICE";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private CaseNotices() {
	}

	/**
	 * Who handles the case, as printed: the name, the number of their valid duty badge ({@code null} without one) and
	 * the item's consultation phone (never a personal mobile).
	 */
	record Handler(String name, String badge, String phone) {

		/** The name with the badge number, by which the public knows a window clerk (《效能建设工作制度》九、持证上岗制度). */
		String printed() {
			return badge == null ? name : name + "（工作牌号 " + badge + "）";
		}
	}

	/** The 类别 part of a document number per kind. */
	static String category(String kind) {
		return switch (kind) {
			case CORRECTION -> "补告";
			case RECEIPT -> "收";
			case SUSPENSION -> "停";
			case EXTENSION -> "延";
			case COMPLETION -> "结";
			default -> "文";
		};
	}

	static String title(String kind) {
		return switch (kind) {
			case CORRECTION -> "一次性告知书（补正材料通知书）";
			case RECEIPT -> "收件回执单";
			case SUSPENSION -> "暂停计时告知书";
			case EXTENSION -> "延期办理告知书";
			case COMPLETION -> "办结通知书";
			default -> kind;
		};
	}

	static Notice correction(Case c, ServiceItem item, String number, List<CasePapers.StoredDefect> defects,
			String reason, Handler handler, LocalDate on, String unitName, QrCode qr) {
		List<String> opening = new ArrayList<>();
		opening.add("你（单位）于" + DAY.format(c.intake().receivedOn()) + "申请办理的“" + item.name() + "”事项（查询码：" + c.queryCode()
				+ "），经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，"
				+ "现一次性告知你（单位）需要补正的全部内容如下：");
		if (reason != null) {
			opening.add("本次告知仅涉及你（单位）新补正的材料。再次告知的理由：" + reason);
		}
		List<List<String>> rows = new ArrayList<>();
		int i = 0;
		for (CasePapers.StoredDefect defect : defects) {
			rows.add(List.of(String.valueOf(++i), defect.name(), defect.problem()));
		}
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("", opening, new Table(List.of("序号", "材料名称", "需补正的内容"), rows)));
		sections.add(new Section("", List.of("请按上述要求一次补齐后提交。材料齐全、符合法定形式的，本机关将予以受理。",
				"办理依据：" + basis(item), "经办人：" + handler.printed() + "　联系电话：" + handler.phone())));
		return new Notice(title(CORRECTION), number, c.applicant().addressee(), sections, new Signature(unitName, on), qr);
	}

	static Notice receipt(Case c, ServiceItem item, String number, List<CasePapers.StoredMaterial> materials,
			java.time.Instant acceptedAt, java.time.ZoneId zone, Handler handler, String unitName, QrCode qr) {
		List<List<String>> facts = List.of(List.of("办件编号", c.caseNumber()), List.of("查询码", c.queryCode()),
				List.of("办理事项", item.name()), List.of("申请人", c.applicant().addressee()),
				List.of("证件号码", c.applicant().idNumberMasked()), List.of("受理时间", MINUTE.format(acceptedAt.atZone(zone))),
				List.of("承诺办结日期", DAY.format(c.deadline())), List.of("取件方式", pickup(c.intake().pickup())),
				List.of("经办人", handler.printed()), List.of("联系电话", handler.phone()));
		List<List<String>> rows = materials.stream()
			.map(m -> List.of(String.valueOf(m.position()), m.material().name(), m.material().original() ? "原件" : "复印件",
					String.valueOf(m.material().copies()), String.valueOf(m.material().pages())))
			.toList();
		List<Section> sections = List.of(
				new Section("", List.of("你（单位）申请办理的事项已受理，凭本回执单查询办理进度、领取办理结果。"),
						new Table(List.of("项目", "内容"), facts)),
				new Section("收取材料", List.of(), new Table(List.of("序号", "材料名称", "原件/复印件", "份数", "页数"), rows)));
		return new Notice(title(RECEIPT), number, c.applicant().addressee(), sections,
				new Signature(unitName, c.acceptedOn()), qr);
	}

	static Notice suspension(Case c, String number, PauseKind kind, String procedure, String reason,
			Integer plannedDays, LocalDate on, Handler handler, String unitName, QrCode qr) {
		String what = kind == PauseKind.CORRECTION ? "补正材料" : procedure;
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("你（单位）申请办理的“" + c.itemName() + "”事项（办件编号：" + c.caseNumber() + "），自" + DAY.format(on)
				+ "起因" + what + "暂停计算办理时限。");
		paragraphs.add("理由：" + reason);
		if (plannedDays != null) {
			paragraphs.add("预计所需时间：" + plannedDays + "个工作日。");
		}
		paragraphs.add(kind == PauseKind.CORRECTION ? "补正期间不计入办理时限；补正后恢复计时。"
				: "依据《中华人民共和国行政许可法》第四十五条，" + what + "所需时间不计算在办理期限内。");
		paragraphs.add("经办人：" + handler.printed() + "　联系电话：" + handler.phone());
		return new Notice(title(SUSPENSION), number, c.applicant().addressee(), List.of(new Section("", paragraphs)),
				new Signature(unitName, on), qr);
	}

	static Notice extension(Case c, String number, int days, String reason, LocalDate before, LocalDate after,
			LocalDate on, Handler handler, String unitName, QrCode qr) {
		List<String> paragraphs = List.of(
				"你（单位）申请办理的“" + c.itemName() + "”事项（办件编号：" + c.caseNumber() + "），因" + reason + "，经本机关负责人批准，"
						+ "办理期限延长" + days + "个工作日。",
				"原承诺办结日期：" + DAY.format(before) + "；延长后办结日期：" + DAY.format(after) + "。",
				"依据：《中华人民共和国行政许可法》第四十二条。", "经办人：" + handler.printed() + "　联系电话：" + handler.phone());
		return new Notice(title(EXTENSION), number, c.applicant().addressee(), List.of(new Section("", paragraphs)),
				new Signature(unitName, on), qr);
	}

	static Notice completion(Case c, String number, String certificateName, String certificateNumber,
			LocalDate on, Handler handler, String unitName, QrCode qr) {
		List<String> paragraphs = List.of(
				"你（单位）申请办理的“" + c.itemName() + "”事项（办件编号：" + c.caseNumber() + "）已于" + DAY.format(on)
						+ "办结，决定准予。",
				"证照名称：" + certificateName + "；证照编号：" + certificateNumber + "。",
				"取件方式：" + pickup(c.intake().pickup()) + "。请凭收件回执单领取，或按约定方式接收。",
				"经办人：" + handler.printed() + "　联系电话：" + handler.phone());
		return new Notice(title(COMPLETION), number, c.applicant().addressee(), List.of(new Section("", paragraphs)),
				new Signature(unitName, on), qr);
	}

	static String pickup(DeliveryMethod method) {
		return switch (method) {
			case PICKUP -> "窗口领取";
			case POST -> "邮寄送达";
			case ONLINE -> "网上送达";
		};
	}

	private static String basis(ServiceItem item) {
		if (item.legalBasis() == null || item.legalBasis().isEmpty()) {
			return "《中华人民共和国行政许可法》第三十二条";
		}
		return item.legalBasis()
			.stream()
			.map(b -> "《" + b.law() + "》" + (b.article() == null ? "" : b.article()))
			.collect(Collectors.joining("；"));
	}
}
