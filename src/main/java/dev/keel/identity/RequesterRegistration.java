package dev.keel.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds people by e-mail address and registers requesters who first write in by e-mail. Registered
 * requesters get an unguessable password nobody knows; they sign in after an administrator resets it.
 */
public interface RequesterRegistration {

    /** The enabled or disabled user with this e-mail address (case-insensitive); the oldest if several. */
    Optional<UserSummary> findByEmail(String email);

    /**
     * Registers a requester for this address: the user name is derived from the address (made unique),
     * the display name is {@code displayName} or the address. Audited like any new user.
     */
    UserSummary registerRequester(String email, @Nullable String displayName, @Nullable Long organisationId);
}
