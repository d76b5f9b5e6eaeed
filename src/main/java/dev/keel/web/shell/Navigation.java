package dev.keel.web.shell;

import dev.keel.shared.KeelPrincipal;
import dev.keel.web.NavigationItem;
import dev.keel.web.SupportGroupMembership;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The navigation entries a user may see, sorted, and where that user lands after signing in (and from
 * {@code /}): the visible entry with the lowest order — except that the agent workspace is the landing
 * page only of those who work there: members of a support group, administrators and the managers of a
 * practice (problems, changes, major incidents). Anyone else who may also use the portal (a service
 * owner or CAB member outside every group, an agent not yet in a group) lands on the portal.
 */
@Component
class Navigation {

    static final String WORKSPACE = "/workspace";
    static final String PORTAL = "/portal";

    /** Authorities whose holders work in the workspace even outside every support group. */
    static final Set<String> WORKSPACE_DUTIES =
            Set.of("admin:config", "admin:users", "problem:manage", "change:manage", "major:manage");

    private final List<NavigationItem> items;
    private final SupportGroupMembership membership;

    Navigation(List<NavigationItem> items, SupportGroupMembership membership) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.membership = membership;
    }

    List<NavigationItem> visibleTo(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return items.stream()
                .filter(item -> authorities.contains(item.authority()))
                .toList();
    }

    /**
     * The entry the page at {@code path} belongs to: the one with the longest href that is a prefix of
     * the path at a segment boundary ({@code /workspace/kb/3} is the knowledge base, not the workspace).
     */
    static Optional<String> active(List<NavigationItem> items, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return items.stream()
                .map(NavigationItem::href)
                .filter(href -> bare.equals(href) || bare.startsWith(href.endsWith("/") ? href : href + "/"))
                .max(Comparator.comparingInt(String::length));
    }

    Optional<String> landingFor(Authentication authentication) {
        List<String> hrefs =
                visibleTo(authentication).stream().map(NavigationItem::href).toList();
        if (!hrefs.isEmpty()
                && hrefs.get(0).equals(WORKSPACE)
                && hrefs.contains(PORTAL)
                && !worksInWorkspace(authentication)) {
            return Optional.of(PORTAL);
        }
        return hrefs.stream().findFirst();
    }

    private boolean worksInWorkspace(Authentication authentication) {
        boolean duties = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(WORKSPACE_DUTIES::contains);
        return duties
                || principal(authentication)
                        .map(p -> membership.belongsToSupportGroup(p.userId()))
                        .orElse(true);
    }

    static Optional<KeelPrincipal> principal(Authentication authentication) {
        return authentication.getPrincipal() instanceof KeelPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
