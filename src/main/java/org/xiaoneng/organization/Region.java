package org.xiaoneng.organization;

/**
 * A region (行政区划) that the deployment serves.
 *
 * @param code the six-digit administrative division code (GB/T 2260)
 * @param name its name, e.g. 示范县
 */
public record Region(String code, String name) {
}
