package org.xiaoneng.organization;

/**
 * A department (股室/科室) of a unit; departments form a tree per unit.
 *
 * @param id the department
 * @param unitId its unit
 * @param parentId the department it sits under, or {@code null} at the top of the unit
 * @param name its name
 * @param headId its head (股室负责人), or {@code null}
 * @param deputyId the deputy leader (分管领导) who oversees it, or {@code null}
 * @param depth 0 at the top of the unit, 1 below it…
 * @param room where visitors find it (e.g. 政务服务中心二楼 205 室), or empty when not on record
 * @param phone its public office phone, or empty when not on record
 * @param retired retired: kept so that past work keeps its name, offered for no new work
 */
public record Department(long id, long unitId, Long parentId, String name, Long headId, Long deputyId, int depth,
		String room, String phone, boolean retired) {
}
