package dev.keel.search.domain;

import dev.keel.search.Searcher;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketViewers;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Builds the {@link Searcher} of a signed-in user with the ticket module's own visibility inputs. */
@Component
public class Searchers {

    private final TicketViewers viewers;

    Searchers(TicketViewers viewers) {
        this.viewers = viewers;
    }

    /** The searcher behind a web session or API token; anything else is refused. */
    public Searcher of(Authentication authentication, Locale locale) {
        if (!(authentication.getPrincipal() instanceof KeelPrincipal principal)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "error.forbidden");
        }
        return of(principal.userId(), authentication.getAuthorities(), locale);
    }

    public Searcher of(long userId, java.util.Collection<? extends GrantedAuthority> granted, Locale locale) {
        TicketViewer v = viewers.of(userId);
        Set<String> authorities =
                granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        return new Searcher(
                v.userId(),
                v.agent(),
                v.admin(),
                v.groupIds(),
                v.securityMember(),
                v.servedOrganisationIds(),
                v.organisationId(),
                v.organisationVisibility(),
                authorities,
                locale);
    }
}
