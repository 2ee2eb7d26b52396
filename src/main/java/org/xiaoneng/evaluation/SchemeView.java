package org.xiaoneng.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A version of a scheme as pages and the API show it.
 *
 * @param id the version
 * @param year the evaluation year
 * @param objectType departments or staff
 * @param scale which grade names the results take
 * @param version its number, from 1
 * @param dimensions the indicator tree
 * @param draftedBy who drafted it
 * @param draftedAt when
 * @param frozen whether the year's evaluation started with it, so it is no longer revised
 */
public record SchemeView(SchemeId id, int year, ObjectType objectType, GradeScale scale, int version,
		List<Indicator> dimensions, String draftedBy, Instant draftedAt, boolean frozen) {

	static SchemeView of(Scheme scheme) {
		return new SchemeView(scheme.id(), scheme.year(), scheme.objectType(), scheme.scale(), scheme.version(),
				scheme.dimensions(), scheme.draftedBy(), scheme.draftedAt(), scheme.isFrozen());
	}
}
