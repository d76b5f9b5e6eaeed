package dev.keel.sla.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract as a client sends it. {@code services} lists the ticket category ids it covers, comma
 * separated; blank covers every service.
 */
public record SaveContract(
        @Nullable Long organisationId,
        @Nullable String name,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String services,
        @Nullable Long policyId,
        @Nullable Long calendarId) {}
