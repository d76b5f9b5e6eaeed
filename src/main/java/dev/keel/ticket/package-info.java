/**
 * The service desk core: tickets of every type from intake to acceptance — classification, priority,
 * the lifecycle state machine, conversation, attachments, watchers, links, field history — and the
 * events other modules react to.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity"})
@NullMarked
package dev.keel.ticket;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
