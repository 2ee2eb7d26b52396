/**
 * Written notices rendered as PDF with embedded Chinese fonts and QR codes, and Excel exports of registers.
 */
@ApplicationModule(id = "documents", displayName = "Documents 文书", allowedDependencies = { "common" })
package org.xiaoneng.platform.documents;

import org.springframework.modulith.ApplicationModule;
