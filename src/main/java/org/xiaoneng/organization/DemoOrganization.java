package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnifiedSocialCreditCode;
import org.xiaoneng.common.UnitId;

/**
 * The demo profile's county, built through the facade like an administrator would: three units with their
 * departments, posts, leaders and about sixty staff, and the demo accounts linked to the staff they play (handler is
 * a handler of 县市场监督管理局 登记注册科, clerk a window clerk there, depthead its head, leader the deputy who
 * oversees it), each department with its room and public phone. Everything here is invented: names, phone numbers and
 * codes belong to nobody.
 */
@Component
@Profile("demo")
class DemoOrganization implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoOrganization.class);

	/** Fictitious: no county has this code (no prefecture of 贵州省 has the code 5209 in GB/T 2260). */
	static final String REGION = "520999";

	private static final LocalDate JOINED = LocalDate.of(2018, 9, 1);

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "罗", "高", "林", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
			"程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛",
			"叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范" };

	private static final String[] GIVEN_NAMES = { "建国", "秀英", "志强", "桂兰", "海燕", "文静", "晓东", "丽娟",
			"国华", "玉梅", "红霞", "俊杰", "雪梅", "德明", "春燕", "立新", "婷婷", "永刚", "慧敏", "家豪", "欣怡",
			"子涵", "明辉", "美玲", "振华", "晓红", "勇", "敏", "静", "磊", "洋", "艳", "超", "娜", "涛", "霞", "杰",
			"芳", "军", "琳", "斌", "蕾", "鹏", "颖", "浩然", "思远", "梓萱", "宇航", "佳怡", "天佑", "若曦", "国庆",
			"晓燕", "文博", "雨欣", "昊天", "淑珍", "建平", "凤英", "宏伟", "嘉怡" };

	private static final PoliticalStatus[] POLITICAL = { PoliticalStatus.CPC_MEMBER, PoliticalStatus.MASSES,
			PoliticalStatus.CPC_MEMBER, PoliticalStatus.CYL_MEMBER, PoliticalStatus.CPC_PROBATIONARY_MEMBER,
			PoliticalStatus.DEMOCRATIC_PARTY_MEMBER, PoliticalStatus.CPC_MEMBER, PoliticalStatus.NON_PARTISAN };

	/** A department of a demo unit: its name, whether it serves the public at a window, its duty categories. */
	record DemoDepartment(String name, boolean window, String categories, String duties) {
	}

	/** A demo unit: names, the 9-character organisation code part of its credit code, departments. */
	record DemoUnit(String name, String shortName, String numberPrefix, String organisationCode,
			List<DemoDepartment> departments) {
	}

	private static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("县市场监督管理局", "县市监局", "SJ", "MB1A2C3D4", List.of(
					new DemoDepartment("办公室", false, "", "综合协调、文电、政务公开、信息化"),
					new DemoDepartment("登记注册科", true, "SJ-REG,SJ-REG-CHANGE", "市场主体登记注册、变更、注销"),
					new DemoDepartment("食品安全监督管理科", true, "SJ-FOOD", "食品经营许可、食品安全监督检查"),
					new DemoDepartment("药品医疗器械监督管理科", true, "SJ-DRUG", "药品零售许可、医疗器械经营备案"),
					new DemoDepartment("执法稽查大队", false, "SJ-ENF", "市场监管领域行政执法、投诉举报处理"))),
			new DemoUnit("县自然资源局", "县自然资源局", "ZR", "MB1A2C3E5", List.of(
					new DemoDepartment("办公室", false, "", "综合协调、文电、政务公开"),
					new DemoDepartment("国土空间规划股", true, "ZR-PLAN", "建设项目用地预审与选址意见书"),
					new DemoDepartment("耕地保护股", false, "ZR-FARM", "耕地占补平衡、永久基本农田保护"),
					new DemoDepartment("不动产登记中心", true, "ZR-ESTATE", "不动产首次、转移、抵押登记"))),
			new DemoUnit("县人力资源和社会保障局", "县人社局", "RS", "MB1A2C3F6", List.of(
					new DemoDepartment("办公室", false, "", "综合协调、文电、政务公开"),
					new DemoDepartment("就业促进股", true, "RS-JOB", "就业登记、失业登记、创业担保贷款"),
					new DemoDepartment("社会保险股", true, "RS-INS", "社会保险参保登记、待遇核定"),
					new DemoDepartment("劳动保障监察大队", true, "RS-LABOUR", "劳动保障监察、欠薪投诉处理"))));

	private final Organization organization;

	private final Reorganization reorganization;

	private int nameIndex;

	DemoOrganization(Organization organization, Reorganization reorganization) {
		this.organization = organization;
		this.reorganization = reorganization;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data", null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		SecurityContextHolder.setContext(context);
		try {
			if (!alreadyBuilt()) {
				organization.defineRegion(REGION, "示范县");
				int staff = 0;
				for (int u = 0; u < UNITS.size(); u++) {
					staff += build(UNITS.get(u), u, u == 0);
				}
				LOG.info("Demo organisation: region {} with {} units and {} staff", REGION, UNITS.size(), staff);
			}
			recordReviewBodies();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The demo units are departments of the county government: it hears their reconsiderations (行政复议法 第二十四条)
	 * and the county court their first-instance lawsuits (行政诉讼法 第十四条、第十八条). A county built before units
	 * recorded them gets them too.
	 */
	private void recordReviewBodies() {
		ReviewBodies county = new ReviewBodies("示范县人民政府", "示范县人民法院");
		Set<String> demoCodes = UNITS.stream().map(DemoOrganization::creditCode).collect(Collectors.toSet());
		organization.units()
			.stream()
			.filter(unit -> demoCodes.contains(unit.creditCode()) && unit.reviewBodies() == null)
			.forEach(unit -> organization.recordReviewBodies(new UnitId(unit.id()), county));
	}

	/** Whether an earlier start built the demo county: its first unit's credit code is taken. */
	private boolean alreadyBuilt() {
		String code = creditCode(UNITS.get(0));
		return organization.units().stream().anyMatch(unit -> unit.creditCode().equals(code));
	}

	/** A valid code of an organ (机关, 11) registered in the demo region, with its check character computed. */
	static String creditCode(DemoUnit demo) {
		String first17 = "11" + REGION + demo.organisationCode();
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

	/** Builds one unit; the first one carries the demo accounts. Returns how many staff joined. */
	private int build(DemoUnit demo, int unitIndex, boolean withDemoAccounts) {
		Unit unit = organization.createUnit(new NewUnit(REGION, demo.name(), demo.shortName(), creditCode(demo)));
		Map<String, Department> departments = new HashMap<>();
		for (int d = 0; d < demo.departments().size(); d++) {
			DemoDepartment department = demo.departments().get(d);
			Department created = organization.createDepartment(new NewDepartment(unit.id(), null, department.name()));
			// window departments sit in the county's service centre, the others in their unit's own building
			String room = department.window() ? "县政务服务中心" + (unitIndex + 1) + "楼 " + (unitIndex + 1) + "0" + (d + 1) + " 室"
					: demo.shortName() + "办公楼" + (d + 2) + "楼 " + (d + 2) + "0" + (unitIndex + 1) + " 室";
			departments.put(department.name(), reorganization.changeContact(new DepartmentId(created.id()), room,
					"0859-86" + (unitIndex + 1) + (d + 1) + "2" + (d + 3) + "0" + unitIndex));
		}
		Department office = departments.get("办公室");
		Counter number = new Counter(demo.numberPrefix());
		List<StaffMember> joined = new ArrayList<>();

		StaffMember principal = join(number, office, "局长", Employment.ESTABLISHED, null);
		StaffMember firstDeputy = join(number, office, "副局长", Employment.ESTABLISHED,
				withDemoAccounts ? "leader" : null);
		StaffMember secondDeputy = join(number, office, "副局长", Employment.ESTABLISHED, null);
		joined.addAll(List.of(principal, firstDeputy, secondDeputy));
		organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
		List<DepartmentId> firstOversight = new ArrayList<>();
		List<DepartmentId> secondOversight = new ArrayList<>();

		for (int d = 0; d < demo.departments().size(); d++) {
			DemoDepartment spec = demo.departments().get(d);
			Department department = departments.get(spec.name());
			(d % 2 == 1 ? firstOversight : secondOversight).add(new DepartmentId(department.id()));
			boolean demoDepartment = withDemoAccounts && spec.name().equals("登记注册科");
			List<String> categories = spec.categories().isEmpty() ? List.of() : List.of(spec.categories().split(","));
			Post lead = organization.createPost(new NewPost(department.id(), spec.name() + "负责人", PostKind.LEADING,
					"主持" + spec.name() + "工作，审核本股室办件，审批权限内事项", categories));
			Post handling = organization.createPost(new NewPost(department.id(), spec.name() + "经办岗",
					PostKind.HANDLING, spec.duties(), categories));
			String headTitle = spec.name().endsWith("科") ? "科长"
					: spec.name().endsWith("股") ? "股长" : spec.name().endsWith("大队") ? "大队长" : "主任";
			StaffMember head = join(number, department, headTitle, Employment.ESTABLISHED,
					demoDepartment ? "depthead" : null);
			organization.appointDepartmentHead(new DepartmentId(department.id()), new StaffId(head.id()));
			organization.assignPost(new StaffId(head.id()), new PostId(lead.id()));
			StaffMember firstHandler = join(number, department, "科员", Employment.ESTABLISHED,
					demoDepartment ? "handler" : null);
			organization.assignPost(new StaffId(firstHandler.id()), new PostId(handling.id()));
			StaffMember secondHandler = join(number, department, "科员",
					d == 2 ? Employment.SECONDED : Employment.ESTABLISHED, null);
			organization.assignPost(new StaffId(secondHandler.id()), new PostId(handling.id()));
			joined.addAll(List.of(head, firstHandler, secondHandler));
			if (spec.window()) {
				Post window = organization.createPost(new NewPost(department.id(), spec.name() + "窗口岗",
						PostKind.WINDOW, "政务服务大厅窗口受理、咨询、一次性告知", categories));
				StaffMember clerk = join(number, department, "窗口工作人员", Employment.CONTRACT,
						demoDepartment ? "clerk" : null);
				organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
				joined.add(clerk);
			}
			else if (spec.name().equals("办公室")) {
				String it = withDemoAccounts ? "admin" : null;
				String disclosure = withDemoAccounts ? "editor" : null;
				String supervision = withDemoAccounts ? "supervisor" : null;
				joined.add(join(number, department, "信息化管理员", Employment.ESTABLISHED, it));
				joined.add(join(number, department, "政务公开专员", Employment.ESTABLISHED, disclosure));
				joined.add(join(number, department, "纪检监察员", Employment.ESTABLISHED, supervision));
			}
		}
		organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(firstDeputy.id()), firstOversight);
		organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(secondDeputy.id()), secondOversight);
		return joined.size();
	}

	private StaffMember join(Counter number, Department department, String position, Employment employment,
			String username) {
		int i = nameIndex++;
		String name = SURNAMES[(i * 7) % SURNAMES.length] + GIVEN_NAMES[(i * 11 + i / GIVEN_NAMES.length) % GIVEN_NAMES.length];
		Gender gender = i % 3 == 1 ? Gender.FEMALE : Gender.MALE;
		// 139 0851 …: mobile numbers of the demo; the county and the people are invented
		String phone = "1390851" + String.format("%04d", 1000 + i);
		boolean seconded = employment == Employment.SECONDED;
		StaffParticulars particulars = new StaffParticulars(name, gender, phone, position,
				POLITICAL[i % POLITICAL.length], employment, seconded ? LocalDate.of(2026, 1, 5) : null,
				seconded ? LocalDate.of(2026, 12, 31) : null, username);
		return organization.join(new NewStaff(number.next(), department.id(), seconded ? LocalDate.of(2026, 1, 5)
				: JOINED.plusDays(i * 37L), particulars));
	}

	/** Staff numbers of one unit: its prefix and a running number, e.g. SJ001. */
	private static final class Counter {

		private final String prefix;

		private int next = 1;

		Counter(String prefix) {
			this.prefix = prefix;
		}

		String next() {
			return prefix + String.format("%03d", next++);
		}
	}
}
