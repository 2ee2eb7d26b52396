package org.xiaoneng.badge;

/**
 * What a card prints about its holder, as it was on the day of issue (rule 九.二: name, unit, position, political
 * status; the department and post tell the public which window they stand at).
 *
 * @param name the holder's name
 * @param unitName their unit
 * @param departmentName their department
 * @param post the post they hold, or {@code null} when they hold none yet
 * @param position their position (职务), or {@code null}
 * @param politicalStatus their political status (the organisation's {@code PoliticalStatus} name)
 */
record BadgeHolder(String name, String unitName, String departmentName, String post, String position,
		String politicalStatus) {
}
