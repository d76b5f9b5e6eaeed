/**
 * The configuration management database: CI classes with typed attributes, configuration items with
 * their lifecycle and history, typed relations between them, impact analysis over those relations, and
 * the CIs that tickets affect. The ticket module never depends on it; it reacts to nothing and publishes
 * {@code Ci*} and {@code Relation*} events.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity", "ticket", "search"})
@NullMarked
package dev.keel.cmdb;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
