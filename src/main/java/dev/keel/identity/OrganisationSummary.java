package dev.keel.identity;

/** Read-only view of an organisation. */
public record OrganisationSummary(
        long id, String code, String name, OrganisationKind kind, boolean active, long version) {}
