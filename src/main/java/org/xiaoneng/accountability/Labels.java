package org.xiaoneng.accountability;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The bundle's name of a value of the module's enums ({@code accountability.Sanction.EFFICIENCY_WARNING}), so that an
 * error message names a sanction or a level in the reader's language, not as a constant.
 */
final class Labels {

	private Labels() {
	}

	static MessageSourceResolvable of(Enum<?> value) {
		return new DefaultMessageSourceResolvable("accountability." + value.getDeclaringClass().getSimpleName() + "."
				+ value.name());
	}
}
