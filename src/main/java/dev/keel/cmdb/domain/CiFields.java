package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import org.jspecify.annotations.Nullable;

/** The validated plain fields of a configuration item (everything but its class and attributes). */
public record CiFields(
        String name,
        CiStatus status,
        CiEnvironment environment,
        Criticality criticality,
        @Nullable Long ownerId,
        @Nullable Long supportGroupId,
        @Nullable Long organisationId,
        String location,
        @Nullable Integer minHealthyMembers) {}
