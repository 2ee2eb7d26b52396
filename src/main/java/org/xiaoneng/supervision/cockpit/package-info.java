/**
 * 效能监察驾驶舱: the leaders' and supervisors' cockpit of the supervision module — figures kept from casework's and
 * inquiry's events, the cards of the unit or region, the monthly ranking with its 约谈 flags, their Excel exports and
 * the public figures of each unit. Internal to the supervision module.
 */
package org.xiaoneng.supervision.cockpit;
