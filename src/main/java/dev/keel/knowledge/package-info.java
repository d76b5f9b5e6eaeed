/**
 * The knowledge base: Markdown articles in a category tree, reviewed before they are published, with
 * every version kept; suggested to agents on tickets and to requesters while they describe a problem,
 * where "this solved my problem" records a deflection instead of a ticket.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity", "ticket", "search"})
@NullMarked
package dev.keel.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
