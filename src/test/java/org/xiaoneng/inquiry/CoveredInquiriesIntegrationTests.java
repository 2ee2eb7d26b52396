package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xiaoneng.inquiry.InquiryUnit.at;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.CoveredItem;
import org.xiaoneng.substitution.CoveredWork;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The source text 六(五): a substitute's handling of covered work is measured like the holder's. Matters a substitute
 * answered while holding them for a post's absent holder appear on the substitute's record, each on time or late
 * against its deadline; matters they hold in their own right, and the holder's record, do not carry them.
 */
@IntegrationTest
class CoveredInquiriesIntegrationTests {

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	MutableClock clock;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void inquiriesASubstituteAnswersForAnAbsentHolderAreOnTheSubstitutesRecordWithTheirTimeliness() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		u.foodHandlerOnLeave(substitutes, clock.instant());
		RegisterEntry onTime = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("小作坊登记要什么材料"),
				new NextStep.HandOver(u.foodHandling.id(), "食品科职责")));
		RegisterEntry late = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("食品经营许可证延续"),
				new NextStep.HandOver(u.foodHandling.id(), "食品科职责")));
		RegisterEntry ownRight = u.as("fb", "HANDLER", () -> register.register(u.consultation("健康证在哪里办"),
				new NextStep.Keep()));

		u.as("fb", "HANDLER", () -> register.answer(new InquiryId(onTime.id()), "带营业执照和健康证明到食品科办理。"));
		u.as("fb", "HANDLER", () -> register.answer(new InquiryId(ownRight.id()), "到县疾控中心办理。"));
		clock.set(late.deadline().plusDays(2).atTime(10, 0).atZone(InquiryUnit.ZONE).toInstant());
		u.as("fb", "HANDLER", () -> register.answer(new InquiryId(late.id()), "届满前三十日提出延续申请。"));

		CoveredWork record = u.as("fh", "DEPT_HEAD", () -> substitutes.coveredWorkOf(new StaffId(u.foodBackup.id()),
				LocalDate.of(2026, 3, 1), LocalDate.now(clock)));
		assertThat(record.items()).filteredOn(item -> item.module().equals("inquiry"))
			.extracting(CoveredItem::itemId, CoveredItem::onTime, CoveredItem::postId)
			.containsExactly(tuple(String.valueOf(late.id()), false, u.foodHandling.id()),
					tuple(String.valueOf(onTime.id()), true, u.foodHandling.id()));
		assertThat(u.as("fh", "DEPT_HEAD", () -> substitutes.coveredWorkOf(new StaffId(u.foodHandler.id()),
				LocalDate.of(2026, 3, 1), LocalDate.now(clock))).items()).isEmpty();
	}
}
