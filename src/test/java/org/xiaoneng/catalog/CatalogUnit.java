package org.xiaoneng.catalog;

import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.testing.TestData;

/**
 * A unit of its own for one test, laid out like a demo unit (same department names, each with a head post, a handling
 * post and a window post), with a handler and a head in the first service department and a principal leader. Tests
 * act as them by their short names: {@code handler}, {@code head}, {@code head2} (a second reviewer), {@code leader}.
 */
final class CatalogUnit {

	private static final Map<String, List<String>> LAYOUTS = Map.of("县市场监督管理局",
			List.of("登记注册科", "办公室", "食品安全监督管理科", "药品医疗器械监督管理科", "执法稽查大队"), "县自然资源局",
			List.of("不动产登记中心", "办公室", "国土空间规划股", "耕地保护股"), "县人力资源和社会保障局",
			List.of("就业促进股", "办公室", "社会保险股", "劳动保障监察大队"));

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department department;

	final Map<String, Department> departments = new HashMap<>();

	final Post window;

	final Post handling;

	final Post lead;

	final StaffMember principal;

	CatalogUnit(Organization organization, String layout) {
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "目录测试局" + tag, "目" + tag, creditCode()));
		});
		for (String name : LAYOUTS.get(layout)) {
			Department created = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, name)));
			departments.put(name, created);
			for (PostKind kind : PostKind.values()) {
				asAdmin(() -> organization.createPost(new NewPost(created.id(), name + kind, kind, "职责", List.of())));
			}
		}
		department = departments.get(LAYOUTS.get(layout).get(0));
		List<Post> posts = organization.postsOf(new DepartmentId(department.id()));
		window = posts.stream().filter(p -> p.kind() == PostKind.WINDOW).findFirst().orElseThrow();
		handling = posts.stream().filter(p -> p.kind() == PostKind.HANDLING).findFirst().orElseThrow();
		lead = posts.stream().filter(p -> p.kind() == PostKind.LEADING).findFirst().orElseThrow();
		principal = join(organization, "leader", departments.get("办公室"));
		StaffMember head = join(organization, "head", department);
		join(organization, "head2", department);
		join(organization, "handler", department);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDepartmentHead(new DepartmentId(department.id()), new StaffId(head.id()));
			return null;
		});
	}

	/** The login name of one of this unit's people. */
	String username(String who) {
		return who + "-c" + tag;
	}

	/** Runs the action as one of this unit's people: {@code handler} (HANDLER), {@code head}/{@code head2} (DEPT_HEAD), {@code leader} (LEADER). */
	<T> T as(String who, Supplier<T> action) {
		String role = switch (who) {
			case "handler" -> "ROLE_HANDLER";
			case "leader" -> "ROLE_LEADER";
			default -> "ROLE_DEPT_HEAD";
		};
		return TestData.runAs(username(who), action, role);
	}

	void run(String who, Runnable action) {
		as(who, () -> {
			action.run();
			return null;
		});
	}

	static <T> T asAdmin(Supplier<T> action) {
		return TestData.runAs("catalog-admin", action, "ROLE_ADMIN");
	}

	/**
	 * A complete draft like 食品经营许可: statutory 20 working days, promised 10, four steps (1 + 6 + 2 + 1), three
	 * materials, free. The implementation code is unique to this unit and {@code suffix}.
	 */
	ItemDraft foodLicence(String name, String suffix) {
		return new ItemDraft(name, "000127020000", "T-" + tag + "-" + suffix, ItemType.ADMINISTRATIVE_LICENSE,
				unit.id(), department.id(), List.of(handling.id(), lead.id()),
				List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条"), new LegalBasis("中华人民共和国行政许可法", "第四十二条")),
				"有与经营的食品品种相适应的经营场所", new TimeLimit(20, LimitUnit.WORKING_DAYS, "自受理之日起"),
				TimeLimit.workingDays(10), CaseKind.PROMISED,
				List.of(new ProcedureStep(1, "受理", window.id(), 1), new ProcedureStep(2, "审查", handling.id(), 6),
						new ProcedureStep(3, "决定", lead.id(), 2), new ProcedureStep(4, "制证", handling.id(), 1)),
				List.of(),
				List.of(material("食品经营许可申请书"), material("营业执照复印件"),
						new Material(0, "委托书", "申请人", 1, 0, "A4", false, "委托他人办理的", false, "", false, false)),
				List.of(), "政务服务中心二楼", "工作日 9:00—17:00", "0851-86210012", "12345", 1, true,
				RefusalAuthority.DEPUTY_LEADER, 10, "不得吃拿卡要", List.of(new Faq("要收费吗？", "不收费。")));
	}

	static Material material(String name) {
		return new Material(0, name, "申请人自备", 1, 0, "A4", true, "", true, "", false, false);
	}

	/** Drafts, submits (as the handler) and publishes (as the head) a draft. */
	ServiceItem published(ServiceCatalog catalog, ItemDraft draft) {
		ServiceItem item = as("handler", () -> catalog.createDraft(draft));
		as("handler", () -> catalog.submitForReview(item.id(), 1));
		return as("head", () -> catalog.publish(item.id(), 1, null));
	}

	private StaffMember join(Organization organization, String who, Department in) {
		return asAdmin(() -> organization.join(new NewStaff(who + tag, in.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("目录" + who, Gender.FEMALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}

	static Set<String> layouts() {
		return LAYOUTS.keySet();
	}
}
