/**
 * E-mail notifications about tickets: confirmation to the requester, new work to a group mailbox,
 * agents' public replies and resolutions to the requester, in the recipient's language. Every attempt
 * is logged with its outcome. Also SLA warnings and breaches to the people a policy names.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "ticket", "sla"})
@NullMarked
package dev.keel.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
