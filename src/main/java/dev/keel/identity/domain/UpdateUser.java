package dev.keel.identity.domain;

import org.jspecify.annotations.Nullable;

/** Command: change a user's profile; {@code version} is the one the editor saw (optimistic locking). */
public record UpdateUser(
        long userId,
        String displayName,
        String email,
        @Nullable Long organisationId,
        boolean enabled,
        long version) {}
