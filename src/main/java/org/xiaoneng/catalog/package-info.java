/**
 * 服务承诺制 and the content of 一次性告知制: the service catalog (事项 with the national elements of GB/T 39046-2020),
 * drafted, reviewed and published version by version; the public guides (办事指南) and their printable PDF; each
 * unit's service commitment (服务承诺书) with measured results supplied by {@link org.xiaoneng.catalog.CommitmentMeasurements}.
 * The facade is {@link org.xiaoneng.catalog.ServiceCatalog}.
 */
@ApplicationModule(id = "catalog", displayName = "Catalog 服务事项", allowedDependencies = { "common", "audit", "organization",
		"documents" })
package org.xiaoneng.catalog;

import org.springframework.modulith.ApplicationModule;
