package org.xiaoneng.casework;

/**
 * What the signed-in person may do on a case now, so that the case page shows only the actions that can succeed.
 *
 * @param workStep whether they may sign and complete the open step (its holder, their substitute, or a head or
 *        leader over its department)
 * @param askExtension whether they may ask for an extension: the current worker, before the deadline, none pending
 *        and days left under the item's maximum (行政许可法 第四十二条)
 */
public record CaseActions(boolean workStep, boolean askExtension) {
}
