package dev.keel.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Read-only view of a user for other modules and the edges. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String email,
        @Nullable Long organisationId,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        @Nullable Instant lastLoginAt,
        boolean organisationVisibility) {}
