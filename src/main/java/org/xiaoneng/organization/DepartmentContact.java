package org.xiaoneng.organization;

/**
 * Where the public reaches a department: its unit's and its own name, its room, and its phone or, when it has none on
 * record, the nearest one up its tree.
 *
 * @param unit the unit's name
 * @param department the department's name
 * @param room the department's room, or empty
 * @param phone the phone to call, or empty when no department up the tree has one
 */
public record DepartmentContact(String unit, String department, String room, String phone) {
}
