package org.xiaoneng.accountability;

/**
 * The rungs of the sanction ladder (问责方式), from the lightest up. Who may decide each and what it costs the person's
 * year are configured ({@code xiaoneng.accountability.sanctions.*}); a decision may combine several.
 */
public enum Sanction {

	/** 诫勉谈话 */
	ADMONITORY_TALK(false),

	/** 责令书面检查 */
	WRITTEN_SELF_CRITICISM(false),

	/** 通报批评: published on the staff home page */
	PUBLIC_CRITICISM(false),

	/** 效能告诫 */
	EFFICIENCY_WARNING(false),

	/** 调离岗位 */
	REMOVAL_FROM_POST(true),

	/** 责令辞职 */
	ORDERED_RESIGNATION(true),

	/** 建议给予处分 (the disciplinary authority decides; 公职人员政务处分法) */
	DISCIPLINARY_PROPOSAL(true);

	private final boolean personal;

	Sanction(boolean personal) {
		this.personal = personal;
	}

	/** Whether it applies to a person only: a department is not removed from post, resigns or is disciplined. */
	public boolean personal() {
		return personal;
	}
}
