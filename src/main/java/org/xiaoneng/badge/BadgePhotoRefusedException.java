package org.xiaoneng.badge;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** A badge photo is a JPEG or PNG picture within the size limit; anything else is refused. */
class BadgePhotoRefusedException extends RuleViolationException {

	BadgePhotoRefusedException(String reason, long maxKilobytes) {
		super(Kind.INVALID_INPUT, "badge.error.photo", new DefaultMessageSourceResolvable("badge.error.photo." + reason), maxKilobytes);
	}
}
