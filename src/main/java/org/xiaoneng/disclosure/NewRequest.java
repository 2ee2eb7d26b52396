package org.xiaoneng.disclosure;

import java.time.LocalDate;

/**
 * A request as it is registered, online or at the window (政府信息公开条例 第二十九条).
 *
 * @param channel how it came
 * @param applicant who asks
 * @param description the information asked for: its name, number or what identifies it
 * @param formWanted how the applicant wants it (paper, electronic, to consult on site)
 * @param receivedOn the day of receipt by 第三十一条: handed in, signed for, or confirmed with the applicant
 */
public record NewRequest(RequestChannel channel, Applicant applicant, String description, String formWanted,
		LocalDate receivedOn) {
}
