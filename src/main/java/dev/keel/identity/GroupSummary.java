package dev.keel.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Read-only view of a support group. */
public record GroupSummary(
        long id,
        String code,
        String name,
        @Nullable String description,
        GroupTier tier,
        @Nullable Long leadId,
        @Nullable String email,
        Set<Long> memberIds,
        long version) {}
