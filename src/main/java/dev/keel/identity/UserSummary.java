package dev.keel.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Read-only view of a user for other modules and the edges.
 *
 * @param locale the saved language as a BCP 47 tag (e.g. {@code zh-CN}), or null when never chosen
 */
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
        boolean organisationVisibility,
        @Nullable String locale) {}
