/**
 * Casework's commands for the refusal module alone (否定报备制), and what casework asks of it: refusal declares
 * {@code casework :: refusal} among its dependencies; no other module may.
 */
@NamedInterface("refusal")
package org.xiaoneng.casework.refusal;

import org.springframework.modulith.NamedInterface;
