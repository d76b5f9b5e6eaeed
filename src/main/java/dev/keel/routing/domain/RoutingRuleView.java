package dev.keel.routing.domain;

import dev.keel.ticket.Channel;
import org.jspecify.annotations.Nullable;

/** A routing rule as the console and the API show it; {@code position} orders evaluation. */
public record RoutingRuleView(
        long id,
        int position,
        String name,
        @Nullable Long categoryId,
        @Nullable Long organisationId,
        @Nullable Channel channel,
        String keywords,
        long targetGroupId,
        boolean active,
        long version) {}
