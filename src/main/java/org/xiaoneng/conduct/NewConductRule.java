package org.xiaoneng.conduct;

/**
 * A rule of conduct as a supervisor writes it into a new version of a list.
 *
 * @param code its code, letters, digits and hyphens (e.g. {@code SBZ-7}), unique in the list
 * @param text its wording
 * @param source where the wording comes from, or empty
 */
public record NewConductRule(String code, String text, String source) {
}
