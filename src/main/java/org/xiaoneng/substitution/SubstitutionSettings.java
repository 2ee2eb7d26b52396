package org.xiaoneng.substitution;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours: an absence that covers the whole office hours of at least one working day lasts "one working day
 * or more" and needs a handover; the duty board shows who acts at the opening of the day's office hours.
 *
 * @param officeOpens when office hours begin
 * @param officeCloses when they end
 */
@ConfigurationProperties("xiaoneng.substitution")
record SubstitutionSettings(@DefaultValue("09:00") LocalTime officeOpens, @DefaultValue("17:00") LocalTime officeCloses) {
}
