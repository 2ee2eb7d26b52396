package org.xiaoneng.disclosure;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an item is published (rule 十(九)3: 经常性工作定期公开，阶段性工作逐段公开，临时性工作随时公开): on a regular
 * schedule (monthly, quarterly, yearly), by stage (a date the editor sets for each stage), or ad hoc within 20
 * working days of the information arising (政府信息公开条例 第二十六条).
 */
public enum Cadence {

	MONTHLY, QUARTERLY, YEARLY, BY_STAGE, AD_HOC;

	/** 政府信息公开条例 第二十六条: 自该政府信息形成或者变更之日起20个工作日内及时公开. */
	public static final int AD_HOC_WORKING_DAYS = 20;

	/** Whether it follows a calendar schedule, each period needing its publication by the period's last day. */
	public boolean regular() {
		return this == MONTHLY || this == QUARTERLY || this == YEARLY;
	}

	/** The last day of the period the day falls in; for a schedule only. */
	LocalDate endOfPeriod(LocalDate day) {
		return switch (this) {
			case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
			case QUARTERLY -> day.withDayOfMonth(1)
				.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1)
				.plusMonths(3)
				.minusDays(1);
			case YEARLY -> day.with(TemporalAdjusters.lastDayOfYear());
			default -> throw new IllegalStateException(this + " follows no schedule");
		};
	}

	/** The last day of the period after the one the day falls in: when the next edition is due. */
	LocalDate endOfNextPeriod(LocalDate day) {
		return endOfPeriod(endOfPeriod(day).plusDays(1));
	}
}
