package org.xiaoneng.casework;

/**
 * One material received with a submission.
 *
 * @param itemMaterialNumber the number of the item's material it is, or {@code null} for another material
 * @param name its name
 * @param original an original ({@code true}) or a copy
 * @param copies how many copies (份数)
 * @param pages how many pages
 */
public record ReceivedMaterial(Integer itemMaterialNumber, String name, boolean original, int copies, int pages) {
}
