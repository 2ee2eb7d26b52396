package org.xiaoneng.badge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How badges are issued and verified.
 *
 * @param validityYears a badge of staff who are not secondees is valid this many years
 * @param photoMaxBytes the largest photo upload accepted
 * @param publicBaseUrl where the public portal is reached, for the QR code printed on the card
 * @param supervisionPhone the supervision phone the verification page shows for a unit whose service items name none
 *        (12345 is the government service hotline)
 */
@ConfigurationProperties("xiaoneng.badge")
record BadgeSettings(@DefaultValue("3") int validityYears, @DefaultValue("1048576") long photoMaxBytes,
		@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("12345") String supervisionPhone) {

	BadgeSettings {
		if (validityYears < 1 || photoMaxBytes < 1024) {
			throw new IllegalArgumentException("a badge is valid a year at least, and a photo may have 1 KB at least");
		}
		publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/** The public verification page of a badge number, as the card's QR code holds it. */
	String verificationUrl(String number) {
		return publicBaseUrl + "/portal/badges/" + number;
	}
}
