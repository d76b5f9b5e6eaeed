package dev.keel.routing.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing settings: the code of the group that gets a ticket no rule and no category claimed (blank
 * for none), and whether demo rules are created on an empty rule table.
 */
@ConfigurationProperties("keel.routing")
public record RoutingProperties(@Nullable String fallbackGroup, boolean seedDemo) {}
