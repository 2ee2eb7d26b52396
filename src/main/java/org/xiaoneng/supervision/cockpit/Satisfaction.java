package org.xiaoneng.supervision.cockpit;

/**
 * 好评 and 差评 on the canonical scale 5 非常满意 … 1 非常不满意 (casework stores the canonical one): 非常满意, 满意 and
 * 基本满意 are 好评, 不满意 and 非常不满意 差评, as the national 好差评 system counts its 好评率
 * (国务院办公厅关于建立政务服务"好差评"制度提高政务服务水平的意见, 国办发〔2019〕51号).
 */
final class Satisfaction {

	private Satisfaction() {
	}

	static boolean satisfied(int overall) {
		return overall >= 3;
	}

	static boolean dissatisfied(int overall) {
		return overall <= 2;
	}
}
