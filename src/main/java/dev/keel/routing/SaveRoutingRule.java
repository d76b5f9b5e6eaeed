package dev.keel.routing;

import dev.keel.ticket.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Command: the content of a routing rule. Every condition is optional and all given ones must hold;
 * {@code keywords} is a comma-separated list of which one must occur in the title or description
 * (case-insensitive).
 */
public record SaveRoutingRule(
        @Nullable String name,
        @Nullable Long categoryId,
        @Nullable Long organisationId,
        @Nullable Channel channel,
        @Nullable String keywords,
        @Nullable Long targetGroupId,
        boolean active) {}
