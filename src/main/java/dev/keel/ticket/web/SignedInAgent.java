package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketViewers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is working: the signed-in principal's user id and their ticket viewer. Signed-in users carry a
 * {@link KeelPrincipal}; any other authenticated principal is looked up by its name.
 */
@Component
class SignedInAgent {

    private final UserDirectory directory;
    private final TicketViewers viewers;

    SignedInAgent(UserDirectory directory, TicketViewers viewers) {
        this.directory = directory;
        this.viewers = viewers;
    }

    long userId(Authentication authentication) {
        if (authentication.getPrincipal() instanceof KeelPrincipal principal) {
            return principal.userId();
        }
        return directory
                .findUser(authentication.getName())
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "error.forbidden"))
                .id();
    }

    TicketViewer viewer(Authentication authentication) {
        return viewers.of(userId(authentication));
    }
}
