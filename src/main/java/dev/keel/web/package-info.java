/**
 * The web shell every module renders into: the layout and navigation, languages and time zones,
 * localised error pages and RFC 9457 problem details for the API. Open to every module; no business
 * logic.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = "shared")
@NullMarked
package dev.keel.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
