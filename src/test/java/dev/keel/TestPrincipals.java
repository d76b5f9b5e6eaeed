package dev.keel;

import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.shared.KeelPrincipal;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a real user in for MockMvc with a principal that implements {@link KeelPrincipal}, as the
 * login form does, holding every authority of the user's roles.
 */
public final class TestPrincipals {

    private TestPrincipals() {}

    /** A signed-in principal: the user's id, name and display name. */
    public record SignedIn(long userId, String username, String displayName) implements KeelPrincipal, Principal {

        @Override
        public String getName() {
            return username;
        }
    }

    public static RequestPostProcessor signedIn(UserSummary user) {
        Set<String> authorities = new LinkedHashSet<>();
        for (Role role : user.roles()) {
            authorities.add("ROLE_" + role.name());
            role.permissions().forEach(p -> authorities.add(p.authority()));
        }
        List<SimpleGrantedAuthority> granted =
                authorities.stream().map(SimpleGrantedAuthority::new).toList();
        var principal = new SignedIn(user.id(), user.username(), user.displayName());
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, granted));
    }
}
