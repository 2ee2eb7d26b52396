package org.xiaoneng.disclosure;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A piece of personal information found in an item about to be published, where it was found and how it looks
 * masked, so that the editor can remove it (个人信息保护法 第二十五条: personal information is not made public without
 * a separate consent).
 *
 * @param kind what was found
 * @param place where: a key of the bundle ({@code disclosure.place.<place>}) and its arguments (field, attachment,
 *        page, paragraph, sheet and cell, line)
 * @param placeArguments the place's arguments
 * @param masked the number with its middle hidden
 */
public record PersonalDataFinding(Kind kind, String place, List<String> placeArguments, String masked) {

	/** The kinds of personal information that block publication. */
	public enum Kind {
		RESIDENT_ID, MOBILE, BANK_CARD
	}

	public PersonalDataFinding {
		placeArguments = List.copyOf(placeArguments);
	}

	/** The finding as one line of a message: what, where, masked. */
	MessageSourceResolvable message() {
		return new DefaultMessageSourceResolvable(new String[] { "disclosure.finding" },
				new Object[] { new DefaultMessageSourceResolvable("disclosure.finding." + kind),
						new DefaultMessageSourceResolvable(new String[] { "disclosure.place." + place },
								placeArguments.toArray()),
						masked });
	}
}
