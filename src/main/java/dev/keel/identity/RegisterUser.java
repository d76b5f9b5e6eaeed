package dev.keel.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Command: create a user with a first password and roles. */
public record RegisterUser(
        String username,
        String displayName,
        String email,
        String password,
        @Nullable Long organisationId,
        Set<Role> roles,
        @Nullable String timeZone) {}
