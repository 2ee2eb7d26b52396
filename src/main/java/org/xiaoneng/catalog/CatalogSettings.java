package org.xiaoneng.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The catalog's settings.
 *
 * @param maxAttachmentSize the largest blank form or sample that may be uploaded
 * @param publicBaseUrl the address citizens reach the portal at, for the QR codes on guides (no trailing slash)
 */
@ConfigurationProperties("xiaoneng.catalog")
public record CatalogSettings(@DefaultValue("10MB") DataSize maxAttachmentSize,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	public CatalogSettings {
		publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/** The public address of an item's guide. */
	public String guideUrl(long itemId) {
		return publicBaseUrl + "/portal/items/" + itemId;
	}
}
