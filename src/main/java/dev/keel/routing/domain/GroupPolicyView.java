package dev.keel.routing.domain;

import dev.keel.routing.AssignmentStrategy;
import org.jspecify.annotations.Nullable;

/** How one group assigns new tickets; {@code lastAssigneeId} is where round robin continues. */
public record GroupPolicyView(
        long groupId, AssignmentStrategy strategy, @Nullable Long lastAssigneeId, long version) {}
