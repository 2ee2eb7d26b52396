package org.xiaoneng.disclosure.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.xiaoneng.disclosure.PublicItem;

/**
 * A feed of published items in Atom 1.0 (RFC 4287): the feed and each entry carry the required id, title and updated
 * (§4.1.1, §4.1.2), the feed an author (§4.1.1: required unless every entry has one) and links to itself and to its
 * page. Ids are tag URIs (RFC 4151), so that they stay the same whatever host name the portal is reached by.
 */
final class AtomFeed {

	static final String MEDIA_TYPE = "application/atom+xml";

	private static final String NS = "http://www.w3.org/2005/Atom";

	/** The tag URI's authority and date (RFC 4151 §2.1): the project's name and the year the feeds began. */
	private static final String TAG = "tag:xiaoneng.org,2026:disclosure/";

	private AtomFeed() {
	}

	/**
	 * The feed's XML.
	 *
	 * @param key what the feed is of, e.g. {@code unit/3} or {@code category/PROCUREMENT}, for its id
	 * @param title its title
	 * @param author who publishes it
	 * @param self its own absolute address
	 * @param page the absolute address of the portal's page listing the same items
	 * @param itemBase the absolute address items are found under, the item's id appended
	 * @param items the items, newest first
	 * @param emptySince when an empty feed says it was updated
	 */
	static String of(String key, String title, String author, String self, String page, String itemBase,
			List<PublicItem> items, Instant emptySince) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NS);
			text(xml, "id", TAG + key);
			text(xml, "title", title);
			text(xml, "updated", time(items.isEmpty() ? emptySince : items.get(0).publishedAt()));
			xml.writeStartElement("author");
			text(xml, "name", author);
			xml.writeEndElement();
			link(xml, "self", self, MEDIA_TYPE);
			link(xml, "alternate", page, "text/html");
			for (PublicItem item : items) {
				xml.writeStartElement("entry");
				text(xml, "id", TAG + "item/" + item.id());
				text(xml, "title", item.title());
				text(xml, "updated", time(item.publishedAt()));
				text(xml, "published", time(item.publishedAt()));
				xml.writeStartElement("author");
				text(xml, "name", item.unitName());
				xml.writeEndElement();
				link(xml, "alternate", itemBase + item.id(), "text/html");
				xml.writeStartElement("category");
				xml.writeAttribute("term", item.category().name());
				xml.writeEndElement();
				xml.writeStartElement("summary");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(item.excerpt());
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("the feed could not be written", e);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeStartElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
		xml.writeEndElement();
	}

	// RFC 3339 date-time (RFC 4287 §3.3), in UTC
	private static String time(Instant at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC).withNano(0));
	}
}
