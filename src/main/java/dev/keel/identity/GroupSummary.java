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
        boolean security,
        Set<Long> servedOrganisationIds,
        long version) {

    /** True when the group serves every customer (no organisation listed). */
    public boolean servesAllCustomers() {
        return servedOrganisationIds.isEmpty();
    }
}
