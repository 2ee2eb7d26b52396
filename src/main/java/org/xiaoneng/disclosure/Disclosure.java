package org.xiaoneng.disclosure;

import java.util.List;

import org.springframework.stereotype.Service;
import org.xiaoneng.organization.Callers;

/**
 * 政务公开 (rule 十) for pages and the API: the catalogue's items drafted by a unit's disclosure editors, cleared by a
 * second person's confidentiality review (保密审查), published and withdrawn, with their attachments. Publication is
 * refused while personal information is found in the text or an attachment. Every action checks the caller at its
 * entry: an editor works for their own unit only.
 */
@Service
public class Disclosure {

	private final Callers callers;

	private final ItemPublishing publishing;

	private final ItemAttaching attaching;

	private final ItemReading reading;

	Disclosure(Callers callers, ItemPublishing publishing, ItemAttaching attaching, ItemReading reading) {
		this.callers = callers;
		this.publishing = publishing;
		this.attaching = attaching;
		this.reading = reading;
	}

	/** A new draft of the editor's unit; an ad hoc item is due 20 working days after its information arose. */
	public ItemView draft(ItemDraft draft) {
		var caller = callers.current();
		return reading.item(publishing.draft(draft, caller), caller);
	}

	/** Changes an item not published; it goes back to draft and needs a new review. */
	public ItemView revise(DisclosureItemId id, ItemDraft draft) {
		var caller = callers.current();
		publishing.revise(id.value(), draft, caller);
		return reading.item(id.value(), caller);
	}

	/** The next edition of a published regular item, a draft due by the end of the next period. */
	public ItemView nextEdition(DisclosureItemId id) {
		var caller = callers.current();
		return reading.item(publishing.nextEdition(id.value(), caller), caller);
	}

	/** Hands a draft to the review; refused while personal information is found in it. */
	public ItemView submitForReview(DisclosureItemId id) {
		var caller = callers.current();
		publishing.submit(id.value(), caller);
		return reading.item(id.value(), caller);
	}

	/** A second person clears the item in the confidentiality review; refused while personal information is found. */
	public ItemView clear(DisclosureItemId id) {
		var caller = callers.current();
		publishing.clear(id.value(), caller);
		return reading.item(id.value(), caller);
	}

	/** The reviewer sends the item back to its editor with a note. */
	public ItemView sendBack(DisclosureItemId id, String note) {
		var caller = callers.current();
		publishing.sendBack(id.value(), note, caller);
		return reading.item(id.value(), caller);
	}

	/** Publishes a cleared item on the portal; refused without the review and while personal information is found. */
	public ItemView publish(DisclosureItemId id) {
		var caller = callers.current();
		publishing.publish(id.value(), caller);
		return reading.item(id.value(), caller);
	}

	/** Takes a published item off the portal, with the reason; its history stays. */
	public ItemView withdraw(DisclosureItemId id, String reason) {
		var caller = callers.current();
		publishing.withdraw(id.value(), reason, caller);
		return reading.item(id.value(), caller);
	}

	/** The personal information clearing and publishing would find in the item now, each with its place. */
	public List<PersonalDataFinding> findings(DisclosureItemId id) {
		return publishing.findings(id.value(), callers.current());
	}

	/** Attaches a PDF, DOCX or XLSX file to an item not published. */
	public ItemView attach(DisclosureItemId id, String fileName, byte[] content) {
		var caller = callers.current();
		attaching.attach(id.value(), fileName, content, caller);
		return reading.item(id.value(), caller);
	}

	/** Removes an attachment from an item not published. */
	public ItemView detach(DisclosureItemId id, long attachmentId) {
		var caller = callers.current();
		attaching.detach(id.value(), attachmentId, caller);
		return reading.item(id.value(), caller);
	}

	/** An item with its attachments and history. */
	public ItemView item(DisclosureItemId id) {
		return reading.item(id.value(), callers.current());
	}

	/** The items of the editor's unit, newest first; all when the status is null. */
	public List<ItemView> myUnitItems(ItemStatus status) {
		return reading.ofMyUnit(status, callers.current());
	}

	/** An attachment's file. */
	public AttachmentFile attachment(DisclosureItemId id, long attachmentId) {
		return reading.attachment(id.value(), attachmentId, callers.current());
	}
}
