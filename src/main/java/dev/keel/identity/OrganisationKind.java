package dev.keel.identity;

/** A provider organisation runs the service desk; customers receive its services. */
public enum OrganisationKind {
    PROVIDER,
    CUSTOMER
}
