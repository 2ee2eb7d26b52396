package org.xiaoneng.evaluation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An indicator scheme (考评方案) of a year for one kind of object and grade scale: the aggregate that guards the tree's
 * rules. A revision is a new version; once the year's evaluation starts the version in force is frozen and no longer
 * revised, so that every result of the year is scored by the same rules.
 */
class Scheme {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,20}");

	static final int MAX_NAME = 100;

	static final int MAX_CRITERIA = 4000;

	private Long id;

	private final int year;

	private final ObjectType objectType;

	private final GradeScale scale;

	private final int version;

	private final List<Indicator> dimensions;

	private final String draftedBy;

	private final Instant draftedAt;

	private Instant frozenAt;

	Scheme(Long id, int year, ObjectType objectType, GradeScale scale, int version, List<Indicator> dimensions,
			String draftedBy, Instant draftedAt, Instant frozenAt) {
		this.id = id;
		this.year = year;
		this.objectType = objectType;
		this.scale = scale;
		this.version = version;
		this.dimensions = List.copyOf(dimensions);
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		this.frozenAt = frozenAt;
	}

	/** The first version of a scheme, its tree checked. */
	static Scheme draft(int year, ObjectType objectType, GradeScale scale, List<Indicator> dimensions, String by,
			Instant at) {
		if (year < 2000 || year > 2100) {
			throw new SchemeInvalidException("evaluation.error.year", String.valueOf(year));
		}
		if (objectType == null || scale == null) {
			throw new SchemeInvalidException("evaluation.error.objectTypeRequired");
		}
		check(dimensions);
		return new Scheme(null, year, objectType, scale, 1, dimensions, by, at, null);
	}

	/** The next version with a new tree; refused once the year's evaluation has frozen this one. */
	Scheme revise(List<Indicator> revised, String by, Instant at) {
		if (isFrozen()) {
			throw new SchemeFrozenException(year);
		}
		check(revised);
		return new Scheme(null, year, objectType, scale, version + 1, revised, by, at, null);
	}

	/** The year's evaluation starts: from now on this version scores every result of the year. */
	void freeze(Instant at) {
		if (!isFrozen()) {
			frozenAt = at;
		}
	}

	/** The indicators of the tree (its leaves), each with its weight in the whole scheme, in per cent. */
	List<WeightedIndicator> leaves() {
		return dimensions.stream()
			.flatMap(dimension -> dimension.children()
				.stream()
				.map(leaf -> new WeightedIndicator(dimension, leaf, dimension.weight() * leaf.weight() / 100.0)))
			.toList();
	}

	/**
	 * A leaf with its weight in the whole scheme.
	 *
	 * @param dimension the dimension it belongs to
	 * @param indicator the indicator
	 * @param weight its dimension's weight times its own, in per cent of the total
	 */
	record WeightedIndicator(Indicator dimension, Indicator indicator, double weight) {
	}

	private static void check(List<Indicator> dimensions) {
		if (dimensions == null || dimensions.isEmpty()) {
			throw new SchemeInvalidException("evaluation.error.noDimensions");
		}
		Set<String> codes = new HashSet<>();
		for (Indicator dimension : dimensions) {
			checkNode(dimension, codes);
			if (dimension.weight() < 1 || dimension.weight() > 100) {
				throw new SchemeInvalidException("evaluation.error.weight", dimension.code());
			}
			if (dimension.kind() != null || dimension.rule() != null || dimension.children().isEmpty()) {
				throw new SchemeInvalidException("evaluation.error.dimensionWithoutIndicators", dimension.code());
			}
			for (Indicator leaf : dimension.children()) {
				checkNode(leaf, codes);
				checkLeaf(leaf);
			}
			requireHundred(dimension.children(), dimension.code());
		}
		requireHundred(dimensions, null);
	}

	private static void checkNode(Indicator node, Set<String> codes) {
		if (node.code() == null || !CODE.matcher(node.code()).matches()) {
			throw new SchemeInvalidException("evaluation.error.code", String.valueOf(node.code()));
		}
		if (!codes.add(node.code())) {
			throw new SchemeInvalidException("evaluation.error.codeTwice", node.code());
		}
		if (node.name() == null || node.name().isBlank() || node.name().length() > MAX_NAME) {
			throw new SchemeInvalidException("evaluation.error.name", node.code(), MAX_NAME);
		}
	}

	private static void checkLeaf(Indicator leaf) {
		if (!leaf.children().isEmpty()) {
			throw new SchemeInvalidException("evaluation.error.tooDeep", leaf.code());
		}
		if (leaf.kind() == null) {
			throw new SchemeInvalidException("evaluation.error.kindMissing", leaf.code());
		}
		if (leaf.rule() == null) {
			throw new SchemeInvalidException("evaluation.error.ruleMissing", leaf.code());
		}
		String problem = leaf.rule().problem();
		if (problem != null) {
			throw new SchemeInvalidException(problem, leaf.code());
		}
		if ((leaf.kind() == IndicatorKind.COMPUTED) != (leaf.measure() != null)) {
			throw new SchemeInvalidException("evaluation.error.measure", leaf.code());
		}
		if (leaf.rule().type() != ScoringRule.Type.LINEAR && leaf.kind() != IndicatorKind.COMPUTED) {
			throw new SchemeInvalidException("evaluation.error.countedRuleOnScore", leaf.code());
		}
		boolean hasCriteria = leaf.criteria() != null && !leaf.criteria().isBlank();
		if (leaf.kind() == IndicatorKind.QUALITATIVE && (!hasCriteria || leaf.criteria().length() > MAX_CRITERIA)) {
			throw new SchemeInvalidException("evaluation.error.criteria", leaf.code(), MAX_CRITERIA);
		}
		if (leaf.rule().addsToTotal() ? leaf.weight() != 0 : leaf.weight() < 1 || leaf.weight() > 100) {
			throw new SchemeInvalidException("evaluation.error.weight", leaf.code());
		}
	}

	/** The weights of a level, a dimension's indicators or ({@code parent} null) the dimensions, sum to 100. */
	private static void requireHundred(List<Indicator> level, String parent) {
		int sum = level.stream().filter(node -> node.rule() == null || !node.rule().addsToTotal())
			.mapToInt(Indicator::weight).sum();
		if (sum != 100 && parent == null) {
			throw new SchemeInvalidException("evaluation.error.dimensionWeights", sum);
		}
		if (sum != 100) {
			throw new SchemeInvalidException("evaluation.error.weights", parent, sum);
		}
	}

	Long idOrNull() {
		return id;
	}

	SchemeId id() {
		return new SchemeId(id);
	}

	void assignId(long id) {
		this.id = id;
	}

	int year() {
		return year;
	}

	ObjectType objectType() {
		return objectType;
	}

	GradeScale scale() {
		return scale;
	}

	int version() {
		return version;
	}

	List<Indicator> dimensions() {
		return dimensions;
	}

	String draftedBy() {
		return draftedBy;
	}

	Instant draftedAt() {
		return draftedAt;
	}

	Instant frozenAt() {
		return frozenAt;
	}

	boolean isFrozen() {
		return frozenAt != null;
	}
}
