package org.xiaoneng.disclosure;

/**
 * What someone of the public writes on a published item (意见建议).
 *
 * @param text the opinion or suggestion, at most 1,000 characters
 * @param authorName how they want to be addressed, optional; never shown on the portal
 * @param contact a phone number or address for the answer, optional; never shown on the portal
 * @param shownPublicly whether they agree that the text and its answer are shown on the portal
 */
public record NewFeedback(String text, String authorName, String contact, boolean shownPublicly) {
}
