/**
 * The append-only, tamper-evident audit log: every {@link dev.keel.shared.AuditableEvent} any module
 * publishes becomes an entry chained to the previous one by SHA-256, and the chain can be verified.
 */
@ApplicationModule(allowedDependencies = {"shared", "web"})
@NullMarked
package dev.keel.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
