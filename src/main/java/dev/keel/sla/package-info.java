/**
 * Service levels: business calendars (weekly hours, holidays and China's make-up working days), SLA
 * policies and customer contracts, and the per-ticket clocks with their warnings and escalations. It
 * reacts to ticket events; the ticket module never depends on it.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity", "ticket"})
@NullMarked
package dev.keel.sla;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
