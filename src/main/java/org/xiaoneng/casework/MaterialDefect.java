package org.xiaoneng.casework;

/**
 * One problem a one-time notice lists: an item material that is missing, or a received material that is irregular.
 *
 * @param itemMaterialNumber for a missing material, the item's material number
 * @param materialPosition for an irregular material, its position among the received materials (from 1)
 * @param kind missing or irregular
 * @param reason what is wrong and what to supply (required for an irregular material)
 */
public record MaterialDefect(Integer itemMaterialNumber, Integer materialPosition, DefectKind kind, String reason) {
}
