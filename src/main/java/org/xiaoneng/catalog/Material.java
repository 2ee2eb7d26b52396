package org.xiaoneng.catalog;

/**
 * One material to hand in (申请材料). Casework refers to it as (item id, version, number).
 *
 * @param number from 1 within the version
 * @param name 材料名称
 * @param issuer 出具单位 (e.g. 申请人自备)
 * @param originals 原件份数
 * @param copies 复印件份数
 * @param paperSize 纸张规格, e.g. A4
 * @param required required, or only under {@code condition}
 * @param condition when a conditional material is needed
 * @param electronicAccepted whether an electronic version (电子证照) is accepted
 * @param notes 填报须知
 * @param hasBlankForm whether a blank form (空白表格) can be downloaded
 * @param hasSample whether a filled sample (示范文本) can be downloaded
 */
public record Material(int number, String name, String issuer, int originals, int copies, String paperSize,
		boolean required, String condition, boolean electronicAccepted, String notes, boolean hasBlankForm,
		boolean hasSample) {
}
