package dev.keel.web.shell;

import dev.keel.shared.KeelPrincipal;
import dev.keel.web.NavigationItem;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The navigation entries a user may see, sorted, and where that user lands after signing in. */
@Component
class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    List<NavigationItem> visibleTo(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return items.stream()
                .filter(item -> authorities.contains(item.authority()))
                .toList();
    }

    Optional<String> landingFor(Authentication authentication) {
        return visibleTo(authentication).stream().findFirst().map(NavigationItem::href);
    }

    static Optional<KeelPrincipal> principal(Authentication authentication) {
        return authentication.getPrincipal() instanceof KeelPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
