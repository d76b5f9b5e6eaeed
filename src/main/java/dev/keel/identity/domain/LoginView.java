package dev.keel.identity.domain;

import dev.keel.identity.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What sign-in needs to know about an account. Only the security package sees the password hash. */
public record LoginView(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean locked,
        Set<Role> roles,
        @Nullable String locale,
        String timeZone) {}
