package dev.keel.sla.web;

import dev.keel.sla.ContractView;
import dev.keel.sla.domain.SaveContract;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The contract form. */
record ContractForm(
        @Nullable Long organisationId,
        @Nullable String name,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate validTo,

        @Nullable String services,
        @Nullable Long policyId,
        @Nullable Long calendarId,
        @Nullable Long version) {

    static ContractForm empty() {
        return new ContractForm(null, null, null, null, "", null, null, null);
    }

    static ContractForm of(ContractView c) {
        return new ContractForm(
                c.organisationId(),
                c.name(),
                c.validFrom(),
                c.validTo(),
                c.services(),
                c.policyId(),
                c.calendarId(),
                c.version());
    }

    SaveContract command() {
        return new SaveContract(organisationId, name, validFrom, validTo, services, policyId, calendarId);
    }
}
