package org.xiaoneng.common;

/**
 * The work areas that group the staff navigation, in the order the sidebar shows them; each is labelled by the
 * message {@code nav.area.<name in lower case>}. A module whose pages fit no area yet names {@link #OTHER}, and a new
 * module (考评 evaluation, 政务公开 disclosure) puts its entries under its own area here.
 */
public enum WorkArea {

	/** 工作台 and the personal inbox. */
	HOME,
	/** 办件: intake, case lists, approvals, rectifications. */
	CASES,
	/** 首问: the first-inquiry register, complaints and reports. */
	INQUIRY,
	/** 否定报备: refusal filings and their register. */
	REFUSAL,
	/** 同岗替代: absences, handovers, acting posts. */
	SUBSTITUTION,
	/** 服务事项: the catalog, commitments and the public guides. */
	CATALOG,
	/** 监察: warnings, cards, the cockpit. */
	SUPERVISION,
	/** 问责: accountability cases and inspections. */
	ACCOUNTABILITY,
	/** 考评: performance and public evaluation. */
	EVALUATION,
	/** 政务公开: disclosure and public feedback. */
	DISCLOSURE,
	/** 组织: units, departments, staff, duty badges. */
	ORGANIZATION,
	/** 系统: calendar, accounts, audit, operations. */
	SYSTEM,
	/** 个人: the user's own password and tokens. */
	PERSONAL,
	/** Entries that name no area yet. */
	OTHER
}
