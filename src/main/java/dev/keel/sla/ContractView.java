package dev.keel.sla;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A customer's contract: while in force (dates inclusive; no end date = open-ended) its tickets take its
 * policy, on its calendar when one is set.
 */
public record ContractView(
        long id,
        long organisationId,
        String name,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String services,
        long policyId,
        @Nullable Long calendarId,
        long version) {}
