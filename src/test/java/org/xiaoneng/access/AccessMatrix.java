package org.xiaoneng.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared role × endpoint × scope matrix (src/test/resources/access/matrix.txt): for every endpoint the roles
 * that may call it and what its path names, so that a test can ask every caller for every endpoint.
 */
public final class AccessMatrix {

	/** Where the declaration lives, on the test class path and (for the bench) in the source tree. */
	static final String RESOURCE = "/access/matrix.txt";

	/** The roles of the platform, and the caller who is not signed in. */
	public enum Caller {

		ANONYMOUS, ADMIN, SECURITY_ADMIN, AUDITOR, SUPERVISOR, LEADER, DEPT_HEAD, HANDLER, WINDOW_CLERK,
		DISCLOSURE_EDITOR

	}

	/** One declared endpoint. {@code roles} is empty for the steps in the middle of signing in. */
	public record Endpoint(String method, String pattern, Set<Caller> roles, boolean signIn, String scope, String query,
			String body) {

		public String key() {
			return method + " " + pattern;
		}

		public boolean isRead() {
			return method.equals("GET") || method.equals("ANY");
		}

		public boolean isPublic() {
			return roles.contains(Caller.ANONYMOUS);
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		boolean scoped() {
			return !scope.equals("none");
		}
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	private final List<Endpoint> endpoints;

	private final Set<Caller> wholeRegion;

	private final Set<Caller> ownWork;

	private final Map<String, Set<Caller>> reach;

	private AccessMatrix(List<Endpoint> endpoints, Set<Caller> wholeRegion, Set<Caller> ownWork,
			Map<String, Set<Caller>> reach) {
		this.endpoints = endpoints;
		this.wholeRegion = wholeRegion;
		this.ownWork = ownWork;
		this.reach = reach;
	}

	public static AccessMatrix load() {
		try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static AccessMatrix parse(String text) {
		Map<String, Set<Caller>> groups = new LinkedHashMap<>();
		Map<String, Set<Caller>> reach = new LinkedHashMap<>();
		List<Endpoint> endpoints = new ArrayList<>();
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("@reach ")) {
				String[] definition = line.substring(7).split("=", 2);
				reach.put(definition[0].strip(), roles(definition[1], groups));
				continue;
			}
			if (line.startsWith("@group ")) {
				String[] definition = line.substring(7).split("=", 2);
				groups.put(definition[0].strip(), roles(definition[1], groups));
				continue;
			}
			String[] columns = line.split(" \\| ", -1);
			if (columns.length != 6) {
				throw new IllegalStateException("A matrix line needs six columns: " + line);
			}
			String roles = columns[2].strip();
			endpoints.add(new Endpoint(columns[0].strip(), columns[1].strip(),
					roles.equals("signin") ? EnumSet.noneOf(Caller.class) : roles(roles, groups), roles.equals("signin"),
					columns[3].strip(), dash(columns[4]), dash(columns[5])));
		}
		Set<Caller> wholeRegion = groups.get("wholeRegion");
		if (wholeRegion == null) {
			throw new IllegalStateException("The matrix declares no @group wholeRegion");
		}
		Set<Caller> ownWork = groups.getOrDefault("ownWork", Set.of());
		return new AccessMatrix(List.copyOf(endpoints), wholeRegion, ownWork, Map.copyOf(reach));
	}

	private static Set<Caller> roles(String list, Map<String, Set<Caller>> groups) {
		Set<Caller> roles = EnumSet.noneOf(Caller.class);
		for (String name : list.strip().split("\\s+")) {
			if (name.equals("anyone")) {
				roles.addAll(EnumSet.allOf(Caller.class));
			}
			else if (name.startsWith("@")) {
				Set<Caller> group = groups.get(name.substring(1));
				if (group == null) {
					throw new IllegalStateException("Unknown group " + name);
				}
				roles.addAll(group);
			}
			else {
				roles.add(Caller.valueOf(name));
			}
		}
		return roles;
	}

	private static String dash(String column) {
		String value = column.strip();
		return value.equals("-") ? "" : value;
	}

	public List<Endpoint> endpoints() {
		return endpoints;
	}

	/** Whether the role works across units (DOMAIN.md "People": supervisors and administrators). */
	boolean wholeRegion(Caller caller) {
		return wholeRegion.contains(caller);
	}

	/**
	 * Whether an allowed caller reaches a resource of the endpoint's scope in their own unit that is not their own
	 * work: as {@code @reach} declares for the scope, else everyone outside {@code @group ownWork}.
	 */
	boolean reachesInUnit(Endpoint endpoint, Caller caller) {
		Set<Caller> declared = reach.get(endpoint.scope());
		return declared != null ? declared.contains(caller) : !ownWork.contains(caller);
	}

	/** The probe's path and query, naming the resources given by kind ({@code case} → an id, {@code code} …). */
	public static String target(Endpoint endpoint, Map<String, String> resources) {
		String path = fill(endpoint.pattern(), endpoint, resources, true);
		return endpoint.query().isEmpty() ? path : path + "?" + fill(endpoint.query(), endpoint, resources, false);
	}

	/** The probe's body with the resources given by kind. */
	static String body(Endpoint endpoint, Map<String, String> resources) {
		return fill(endpoint.body(), endpoint, resources, false);
	}

	/**
	 * Puts resources into a path, query or body: in a path {id} names the endpoint's scope (or what the path segment
	 * before it names), other variables what they say; in a query or body {id} is the scope's resource and {case},
	 * {item} … the resource of that kind. A kind without a resource is 0, which names nothing.
	 */
	private static String fill(String template, Endpoint endpoint, Map<String, String> resources, boolean path) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = path ? pathValue(name, template.substring(0, matcher.start()), endpoint, resources)
					: resources.get(name.equals("id") ? endpoint.scope() : name);
			matcher.appendReplacement(filled, Matcher.quoteReplacement(Objects.requireNonNullElse(value, "0")));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static String pathValue(String name, String before, Endpoint endpoint, Map<String, String> resources) {
		return switch (name) {
			case "id" -> resources.get(endpoint.scoped() ? endpoint.scope() : kindBefore(before));
			case "unitId" -> resources.get("unit");
			case "departmentId" -> resources.get("department");
			case "postId" -> resources.get("post");
			case "staffId" -> resources.get("staff");
			case "extensionId" -> resources.get("extension");
			case "documentId" -> resources.get("documentId");
			case "attachmentId" -> resources.get("disclosureAttachment");
			case "code" -> before.contains("inquiries") ? resources.get("code") : "520999";
			case "kind" -> "BLANK_FORM";
			case "date" -> "2026-03-02";
			case "version" -> Objects.requireNonNullElse(resources.get("version"), "1");
			default -> "1";
		};
	}

	/** What {id} names in a path that does not declare a scope: the kind its collection holds. */
	private static String kindBefore(String before) {
		String[] segments = before.split("/");
		return switch (segments[segments.length - 1]) {
			case "units" -> "unit";
			case "departments" -> "department";
			case "posts" -> "post";
			case "staff" -> "staff";
			case "items", "service-items" -> "item";
			case "authorities" -> "authority";
			default -> "none";
		};
	}

}
