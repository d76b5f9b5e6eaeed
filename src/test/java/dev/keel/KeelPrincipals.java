package dev.keel;

import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.shared.KeelPrincipal;
import java.io.Serializable;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in users whose principal is a {@link KeelPrincipal} with their real user id, as the login
 * form produces them, for MockMvc requests to controllers that need the id. Like the login form's
 * principal, its name is the user name.
 */
public final class KeelPrincipals {

    private KeelPrincipals() {}

    /** The principal of a test request. */
    public record TestPrincipal(long userId, String username, String displayName)
            implements KeelPrincipal, Principal, Serializable {

        @Override
        public String getName() {
            return username;
        }
    }

    /** Signed in as {@code user} with the authorities of all of their roles. */
    public static RequestPostProcessor signedIn(UserSummary user) {
        return signedIn(user, user.roles().toArray(Role[]::new));
    }

    /** Signed in as {@code user} with the authorities of {@code roles}. */
    public static RequestPostProcessor signedIn(UserSummary user, Role... roles) {
        Set<String> authorities = new LinkedHashSet<>();
        for (Role role : roles) {
            authorities.add("ROLE_" + role.name());
            role.permissions().forEach(p -> authorities.add(p.authority()));
        }
        var principal = new TestPrincipal(user.id(), user.username(), user.displayName());
        List<SimpleGrantedAuthority> granted =
                authorities.stream().map(SimpleGrantedAuthority::new).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, granted));
    }
}
