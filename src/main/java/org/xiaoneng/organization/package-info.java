/**
 * The organisation of a region: units (单位), their departments (股室), posts (岗位) with duty scopes, staff (人员)
 * with their joining, transfers and departures, who leads what, and the data scope every list of people's work obeys.
 */
@ApplicationModule(id = "organization", displayName = "Organization 组织机构", allowedDependencies = { "common", "audit", "documents", "security", "database" })
package org.xiaoneng.organization;

import org.springframework.modulith.ApplicationModule;
