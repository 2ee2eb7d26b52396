package org.xiaoneng.evaluation;

import static org.xiaoneng.evaluation.Indicator.computed;
import static org.xiaoneng.evaluation.Indicator.dimension;
import static org.xiaoneng.evaluation.Indicator.qualitative;
import static org.xiaoneng.evaluation.Indicator.scored;

import java.util.List;

/**
 * The schemes the source text lays down (rule 八 (三)), as a region starts from before it sets its own weights and
 * bounds. The dimensions and what each looks at are the source text's; the weights, bounds and deductions are local
 * defaults (rule 八 (二): 制定考评工作方案及量化标准).
 */
final class DefaultSchemes {

	/** The one-time-notice figure with its definition, as the scheme's page shows it (docs/decisions/0042). */
	private static final String ONE_TIME_NOTICE = "一次性告知合规率(首次补正告知在本年的办件及本年视为受理的办件中, "
			+ "只出具一次补正告知且未因逾期5个工作日视为受理的比例)";

	/** The bad ratings' rectification figure with its definition (docs/decisions/0042). */
	private static final String RECTIFIED = "差评按期整改率(本年差评引发的核实整改中, 在整改期限内办结并回访的比例; "
			+ "未到期未办结的不计)";

	private DefaultSchemes() {
	}

	/**
	 * 对机关各部门的绩效考评, 主要内容包括年度工作目标、履行职责、廉政建设、工作效率等四个方面内容 (rule 八 (三) 1).
	 */
	static List<Indicator> department() {
		return List.of(
				dimension("GOALS", "年度工作目标", 30, List.of(
						scored("GOALS.1", "年度工作目标完成情况(年终考核)", 70, IndicatorKind.YEAR_END),
						scored("GOALS.2", "分管领导评议", 30, IndicatorKind.LEADER_SCORED))),
				dimension("DUTIES", "履行职责", 25, List.of(
						computed("DUTIES.1", "按时办结率", 25, Measure.ON_TIME_RATE, ScoringRule.linear(80, 100)),
						computed("DUTIES.2", "差评", 10, Measure.BAD_RATINGS, ScoringRule.deduction(5, 0)),
						scored("DUTIES.3", "群众评议", 25, IndicatorKind.PUBLIC),
						computed("DUTIES.4", "首问按时答复率", 10, Measure.FIRST_INQUIRY_IN_TIME,
								ScoringRule.linear(80, 100)),
						computed("DUTIES.5", "否定报备合规率", 10, Measure.REFUSALS_STOOD, ScoringRule.linear(80, 100)),
						computed("DUTIES.6", ONE_TIME_NOTICE, 10, Measure.ONE_TIME_NOTICE, ScoringRule.linear(80, 100)),
						computed("DUTIES.7", RECTIFIED, 10, Measure.BAD_RATINGS_RECTIFIED, ScoringRule.linear(80, 100)))),
				dimension("INTEGRITY", "廉政建设", 20, List.of(
						computed("INTEGRITY.1", "问责决定", 50, Measure.ACCOUNTABILITY_DECISIONS,
								ScoringRule.deduction(25, 0)),
						qualitative("INTEGRITY.2", "廉政责任制落实", 50,
								"优秀: 责任制落实到岗到人, 全年无违纪违规; 称职: 责任制落实, 偶有提醒; "
										+ "基本称职: 落实不到位, 经提醒整改; 不称职: 发生违纪违规且整改不力"))),
				dimension("EFFICIENCY", "工作效率", 25, List.of(
						computed("EFFICIENCY.1", "平均用时与承诺时限之比", 30, Measure.DAYS_AGAINST_PROMISED,
								ScoringRule.linear(100, 50)),
						computed("EFFICIENCY.2", "黄牌", 25, Measure.YELLOW_CARDS, ScoringRule.deduction(10, 0)),
						computed("EFFICIENCY.3", "红牌", 25, Measure.RED_CARDS, ScoringRule.deduction(25, 0)),
						computed("EFFICIENCY.4", "持证上岗率", 20, Measure.BADGE_HELD, ScoringRule.linear(90, 100)))));
	}

	/**
	 * 对机关工作人员的绩效考评, 主要内容包括德、能、勤、绩四个方面 (rule 八 (三) 2), with 廉 as a fifth where the region
	 * uses it. The contents of each are the source text's words.
	 */
	static List<Indicator> staff(boolean withIntegrity) {
		Indicator de = dimension("DE", "德", withIntegrity ? 15 : 20, List.of(
				qualitative("DE.1", "政治理论学习、组织纪律观念、团结协作、依法行政、廉洁自律", 60,
						"优秀: 各方面表现突出, 堪为表率; 称职: 表现良好; 基本称职: 有所欠缺, 经教育改正; 不称职: 有严重问题"),
				scored("DE.2", "分管领导评议", 40, IndicatorKind.LEADER_SCORED)));
		Indicator neng = dimension("NENG", "能", 20, List.of(
				scored("NENG.1", "组织能力、业务能力、政策水平(分管领导评议)", 50, IndicatorKind.LEADER_SCORED),
				scored("NENG.2", "组织能力、业务能力、政策水平(年终考核)", 50, IndicatorKind.YEAR_END)));
		Indicator qin = dimension("QIN", "勤", 20, List.of(
				qualitative("QIN.1", "事业心、责任感、出勤率", 30,
						"优秀: 全勤, 主动担当; 称职: 出勤正常, 尽职尽责; 基本称职: 偶有缺勤或推诿; 不称职: 经常缺勤, 推诿扯皮"),
				computed("QIN.2", "办事效率(平均用时与承诺时限之比)", 25, Measure.DAYS_AGAINST_PROMISED,
						ScoringRule.linear(100, 50)),
				computed("QIN.3", "黄牌与红牌", 25, Measure.YELLOW_CARDS, ScoringRule.deduction(10, 0)),
				computed("QIN.4", "持证上岗率", 20, Measure.BADGE_HELD, ScoringRule.linear(90, 100)),
				computed("QIN.5", "代岗工作(为缺岗者办结的事项)", 0, Measure.COVERED_WORK, ScoringRule.bonus(0.2, 2))));
		Indicator ji = dimension("JI", "绩", withIntegrity ? 35 : 40, List.of(
				computed("JI.1", "完成工作任务情况(按时办结率)", 25, Measure.ON_TIME_RATE, ScoringRule.linear(80, 100)),
				scored("JI.2", "完成工作任务情况(年终考核)", 30, IndicatorKind.YEAR_END),
				computed("JI.3", "差评", 10, Measure.BAD_RATINGS, ScoringRule.deduction(5, 0)),
				computed("JI.4", "首问按时答复率", 10, Measure.FIRST_INQUIRY_IN_TIME, ScoringRule.linear(80, 100)),
				computed("JI.5", "否定报备合规率", 10, Measure.REFUSALS_STOOD, ScoringRule.linear(80, 100)),
				computed("JI.6", ONE_TIME_NOTICE, 10, Measure.ONE_TIME_NOTICE, ScoringRule.linear(80, 100)),
				computed("JI.7", RECTIFIED, 5, Measure.BAD_RATINGS_RECTIFIED, ScoringRule.linear(80, 100))));
		if (!withIntegrity) {
			return List.of(de, neng, qin, ji);
		}
		Indicator lian = dimension("LIAN", "廉", 10, List.of(
				computed("LIAN.1", "问责决定", 50, Measure.ACCOUNTABILITY_DECISIONS, ScoringRule.deduction(50, 0)),
				qualitative("LIAN.2", "廉洁自律", 50,
						"优秀: 严守纪律, 无任何投诉; 称职: 遵规守纪; 基本称职: 有苗头性问题, 经提醒改正; 不称职: 违反廉洁纪律")));
		return List.of(de, neng, qin, ji, lian);
	}
}
