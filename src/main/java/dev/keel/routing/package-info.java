/**
 * Routing: ordered rules put each new ticket in the right group's queue, and each group's policy (round
 * robin, least loaded or none) decides whether it lands on a person straight away.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity", "ticket", "cmdb"})
@NullMarked
package dev.keel.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
