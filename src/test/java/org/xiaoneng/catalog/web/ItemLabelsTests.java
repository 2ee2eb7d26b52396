package org.xiaoneng.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.TimeLimit;

/** The limits as the guide, the unit page, the guide PDF and the case page word them, from the real bundles. */
class ItemLabelsTests {

	private final ItemLabels labels = new ItemLabels(bundles(), null);

	@Test
	void aLimitOfNoDaysReadsAsOnTheSpotNotAsZeroWorkingDays() {
		assertThat(labels.limit(new TimeLimit(0, LimitUnit.WORKING_DAYS, ""), Locale.CHINESE)).isEqualTo("即办");
		assertThat(labels.limit(new TimeLimit(0, LimitUnit.NATURAL_DAYS, ""), Locale.CHINESE)).isEqualTo("即办");
		assertThat(labels.limit(new TimeLimit(0, LimitUnit.WORKING_DAYS, ""), Locale.ENGLISH)).isEqualTo("On the spot");
		assertThat(labels.limit(new TimeLimit(20, LimitUnit.WORKING_DAYS, ""), Locale.CHINESE)).isEqualTo("20 个工作日");
		assertThat(labels.limit(new TimeLimit(1, LimitUnit.WORKING_DAYS, ""), Locale.ENGLISH)).isEqualTo("1 working day");
		assertThat(labels.limit(new TimeLimit(10, LimitUnit.NATURAL_DAYS, ""), Locale.ENGLISH))
			.isEqualTo("10 calendar days");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/catalog");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
