package org.xiaoneng.badge;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.UnitId;

/**
 * The supervision phone (监督电话) of a unit, as the public knows it: the one its service items in force name most often
 * (the guides print it), else the configured hotline.
 */
@Component
class SupervisionPhones {

	private final ServiceCatalog catalog;

	private final BadgeSettings settings;

	SupervisionPhones(ServiceCatalog catalog, BadgeSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
	}

	String of(long unitId) {
		Map<String, Long> named = catalog.inForceOfUnit(new UnitId(unitId))
			.stream()
			.map(ServiceItem::supervisionPhone)
			.filter(phone -> phone != null && !phone.isBlank())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return named.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(settings.supervisionPhone());
	}
}
