/**
 * The inquiry module's commands for the refusal module alone (否定报备制 on a first-inquiry matter that has no case):
 * refusal declares {@code inquiry :: refusal} among its dependencies; no other module may.
 */
@NamedInterface("refusal")
package org.xiaoneng.inquiry.refusal;

import org.springframework.modulith.NamedInterface;
