package org.xiaoneng.evaluation;

/** What a scheme evaluates (rule 八 (三)): the departments of the units (机关各部门) or their staff (机关工作人员). */
public enum ObjectType {

	/** 部门: annual goals, duties, integrity building and efficiency. */
	DEPARTMENT,

	/** 工作人员: 德, 能, 勤, 绩 (and 廉 where a region uses it). */
	STAFF
}
