package org.xiaoneng.calendar;

/**
 * When a deadline turns yellow: with at most {@code workingDaysLeft} working days left, or once
 * {@code percentUsed} per cent of its working days are used. Modules keep their own thresholds in their settings
 * and start from {@link #DEFAULT}.
 *
 * @param workingDaysLeft yellow from this many working days left, 0 or more
 * @param percentUsed yellow from this share of the time used, 1 to 100
 */
public record DeadlineWarning(int workingDaysLeft, int percentUsed) {

	/** The rule's default: 1 working day or less left, or 80 % of the time used. */
	public static final DeadlineWarning DEFAULT = new DeadlineWarning(1, 80);

	public DeadlineWarning {
		if (workingDaysLeft < 0 || percentUsed < 1 || percentUsed > 100) {
			throw new IllegalArgumentException("a deadline warning needs 0 or more days left and 1 to 100 per cent");
		}
	}
}
