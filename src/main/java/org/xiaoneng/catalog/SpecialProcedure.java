package org.xiaoneng.catalog;

import java.util.List;

/**
 * A special procedure (特别程序: 听证, 检验, 鉴定, 专家评审…).
 *
 * @param name its name
 * @param workingDays the time it needs
 * @param legalBasis its basis: the law that lets its time stop the clock, required for one art. 45 does not name
 * @param countedInLimit whether its time counts in the limit
 */
public record SpecialProcedure(String name, int workingDays, String legalBasis, boolean countedInLimit) {

	/**
	 * 行政许可法 第四十五条: 依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内 —
	 * exactly these; a unit adds another (a 公示 or 公告 period, say) only with the law that allows it.
	 */
	public static final List<String> ARTICLE_45 = List.of("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");

	/** Whether art. 45 itself names the procedure. */
	public static boolean namedInArticle45(String name) {
		return ARTICLE_45.contains(name);
	}

	/** Whether its time stops a case's clock: not counted in the limit, and named by art. 45 or with its law recorded. */
	public boolean stopsClock() {
		return !countedInLimit && (namedInArticle45(name) || (legalBasis != null && !legalBasis.isBlank()));
	}
}
