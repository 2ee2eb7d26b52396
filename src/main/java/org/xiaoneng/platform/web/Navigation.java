package org.xiaoneng.platform.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xiaoneng.common.DashboardPanel;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/**
 * The staff navigation, grouped by work area, and the workbench panels that the signed-in user may see, from every
 * module's {@link MenuEntry} and {@link DashboardPanel} beans. Templates call it as {@code @navigation}, so it is only
 * computed when a page is rendered, never for API calls or static files; its methods are public for them.
 */
@Component("navigation")
class Navigation {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final List<MenuEntry> entries;

	private final List<DashboardPanel> panels;

	Navigation(ObjectProvider<MenuEntry> entries, ObjectProvider<DashboardPanel> panels) {
		this.entries = sorted(entries.stream().toList(), MenuEntry::order, MenuEntry::messageKey);
		this.panels = sorted(panels.stream().toList(), DashboardPanel::order, DashboardPanel::messageKey);
	}

	/** The menu entries the user may see, in menu order; none for an anonymous visitor. */
	public List<MenuEntry> menu(Authentication user) {
		Set<String> roles = Roles.of(user);
		return signedIn(user) ? entries.stream().filter(entry -> visible(entry.roles(), roles)).toList() : List.of();
	}

	/** One work area of the sidebar and its entries that the user may see, in menu order. */
	public record Area(WorkArea area, List<MenuEntry> entries) {

		/** The message key of the area's label. */
		public String messageKey() {
			return "nav.area." + area.name().toLowerCase(Locale.ROOT);
		}

		/** Whether the page being shown is one of the area's, so that the sidebar opens it. */
		public boolean holdsCurrent(Navigation navigation) {
			return entries.stream().anyMatch(navigation::current);
		}
	}

	/** The menu entries the user may see grouped by work area, the areas in their order; none for a visitor. */
	public List<Area> areas(Authentication user) {
		Map<WorkArea, List<MenuEntry>> grouped = menu(user).stream()
			.collect(Collectors.groupingBy(MenuEntry::area, () -> new EnumMap<>(WorkArea.class), Collectors.toList()));
		return grouped.entrySet().stream().map(area -> new Area(area.getKey(), area.getValue())).toList();
	}

	/** The id of the element that carries a menu entry's count of open work, filled in after the page loads. */
	public String menuCountId(String path) {
		return "menu-count" + slug(path);
	}

	/**
	 * The id of the element that carries the count of the list at {@code link} (a tab, a figure), filled in after the
	 * page loads; a page that shows the list's tab names it by the same link as the module's count.
	 */
	public String countId(String link) {
		return "count" + slug(link);
	}

	private static String slug(String link) {
		return link.replaceAll("[^A-Za-z0-9]+", "-");
	}

	/** The workbench panels the user may see, in order; none for an anonymous visitor. */
	public List<DashboardPanel> panels(Authentication user) {
		Set<String> roles = Roles.of(user);
		return signedIn(user) ? panels.stream().filter(panel -> visible(panel.roles(), roles)).toList() : List.of();
	}

	/**
	 * Whether the entry leads to the page being shown or to one of its sub-pages (for {@code aria-current}); where
	 * entries nest ({@code /calendar} and {@code /calendar/deadline}), only the closest one is current.
	 */
	public boolean current(MenuEntry entry) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = ApiRequests.path(request);
		return leadsTo(entry, path) && entries.stream()
			.noneMatch(other -> other.path().length() > entry.path().length() && leadsTo(other, path));
	}

	/** Whether the page being shown is one of the public portal's, which has its own header and footer. */
	public boolean portal() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& (ApiRequests.path(attributes.getRequest()) + "/").startsWith("/portal/");
	}

	private static boolean leadsTo(MenuEntry entry, String path) {
		return path.equals(entry.path()) || (!"/".equals(entry.path()) && path.startsWith(entry.path() + "/"));
	}

	private boolean signedIn(Authentication user) {
		return user != null && user.isAuthenticated() && !trust.isAnonymous(user);
	}

	private static boolean visible(Set<String> required, Set<String> held) {
		return required.isEmpty() || required.stream().anyMatch(held::contains);
	}

	private static <T> List<T> sorted(List<T> items, ToIntFunction<T> order, Function<T, String> key) {
		return items.stream().sorted(Comparator.comparingInt(order).thenComparing(key)).toList();
	}
}
