package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user id of whoever is signed in. Normally the principal is a {@link KeelPrincipal}; other
 * authentications (e.g. a pre-authenticated principal that only carries a user name) are looked up by
 * name, and an unknown name is refused.
 */
@Component
class SignedInUsers {

    private final UserDirectory directory;

    SignedInUsers(UserDirectory directory) {
        this.directory = directory;
    }

    long idOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof KeelPrincipal principal) {
            return principal.userId();
        }
        return directory
                .findUser(authentication.getName())
                .map(UserSummary::id)
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "error.forbidden"));
    }
}
