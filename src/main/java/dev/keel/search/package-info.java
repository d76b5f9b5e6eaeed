/**
 * Search: the Hibernate Search infrastructure (analyzers, index, indexing, rebuild), the ticket index,
 * and one search across everything searchable. Modules that own searchable things plug in through
 * {@link dev.keel.search.SearchContributor}.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "identity", "ticket", "ticket :: search"})
@NullMarked
package dev.keel.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
