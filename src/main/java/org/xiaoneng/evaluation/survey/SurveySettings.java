package org.xiaoneng.evaluation.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How survey invitations reach people.
 *
 * @param publicBaseUrl where the public portal is reached, for the link in the text message (no trailing slash)
 */
@ConfigurationProperties("xiaoneng.evaluation.survey")
record SurveySettings(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	SurveySettings {
		publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/** The survey page of a link's token. */
	String link(String token) {
		return publicBaseUrl + "/portal/survey/" + token;
	}
}
