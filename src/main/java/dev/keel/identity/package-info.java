/**
 * Who is who: users, support groups with their leads, customer and provider organisations, roles and
 * permissions, local login with throttling, and personal API tokens. Publishes auditable events for
 * every security-relevant change.
 */
@ApplicationModule(allowedDependencies = {"shared", "web"})
@NullMarked
package dev.keel.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
