package org.xiaoneng.evaluation.survey;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;

/**
 * A unit of its own for one test: 登记注册科 and 食品安全科, each with a window clerk who registers the public's
 * inquiries (visitors with mobile phones of their own), and the region's supervisor who runs the survey.
 */
public final class SurveyUnit {

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	public final Unit unit;

	public final Department registration;

	public final Department food;

	private final InquiryRegister register;

	public SurveyUnit(Organization organization, InquiryRegister register) {
		this.register = register;
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "调查测试局" + tag, "调" + tag, creditCode()));
		});
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		food = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "食品安全科")));
		clerk(organization, "r", registration);
		clerk(organization, "f", food);
	}

	/** A phone consultation the department's clerk registers, from a visitor with this mobile. */
	public void inquiry(Department department, String mobile) {
		String who = department.id() == registration.id() ? "r" : "f";
		runAs(username(who), () -> register.register(new NewInquiry(InquiryChannel.PHONE, null, "群众", null, mobile,
				null, InquiryCategory.CONSULTATION, "咨询" + tag, null, List.of(), null, null, null, null, null), null),
				"ROLE_WINDOW_CLERK");
	}

	/** Runs the action as the region's supervisor (效能办). */
	public static <T> T asSupervisor(Supplier<T> action) {
		return runAs("survey-supervisor", action, "ROLE_SUPERVISOR");
	}

	/** A mobile of this unit's visitors: the same {@code n} is the same person. */
	public String mobile(int n) {
		return String.format("139%08d", Math.floorMod(tag.hashCode() * 1000 + n, 100_000_000));
	}

	/** The account name of 登记注册科's clerk. */
	String registrationClerk() {
		return username("r");
	}

	private String username(String who) {
		return "svc-" + who + "-" + tag;
	}

	private void clerk(Organization organization, String who, Department department) {
		var post = asAdmin(() -> organization.createPost(new NewPost(department.id(), department.name() + "窗口",
				PostKind.WINDOW, "窗口", List.of())));
		StaffMember clerk = asAdmin(() -> organization.join(new NewStaff("sv" + who + tag, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars("窗口" + who, Gender.FEMALE, null, "科员",
						PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, username(who)))));
		asAdmin(() -> {
			organization.assignPost(new StaffId(clerk.id()), new PostId(post.id()));
			return null;
		});
	}

	private static <T> T asAdmin(Supplier<T> action) {
		return runAs("survey-admin", action, "ROLE_ADMIN");
	}
}
