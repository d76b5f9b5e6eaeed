package dev.keel.routing.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing settings: the code of the group that gets a ticket no rule and no category claimed (blank
 * for none), whether demo rules are created on an empty rule table, and whether a new ticket nobody
 * took yet moves to the support group of a configuration item linked to it.
 */
@ConfigurationProperties("keel.routing")
public record RoutingProperties(
        @Nullable String fallbackGroup,
        boolean seedDemo,

        @org.springframework.boot.context.properties.bind.DefaultValue("true")
        boolean followCiSupportGroup) {}
