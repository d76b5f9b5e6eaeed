/**
 * Small value types used by every module: the clock, typed-ID helpers, keyset pages, domain errors and
 * the contract of auditable events. No business logic lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.keel.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
