package dev.keel.identity.security;

import dev.keel.identity.ApiScope;
import dev.keel.identity.Permission;
import dev.keel.identity.Role;
import dev.keel.identity.domain.LoginView;
import dev.keel.shared.KeelPrincipal;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them. Kept small and serialisable because it lives in
 * the database-backed session.
 */
final class KeelUser implements UserDetails, CredentialsContainer, KeelPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private String password;
    private final boolean enabled;
    private final boolean locked;
    private final List<SimpleGrantedAuthority> authorities;

    private KeelUser(LoginView view, Collection<String> authorities) {
        this.userId = view.id();
        this.username = view.username();
        this.displayName = view.displayName();
        this.password = view.passwordHash();
        this.enabled = view.enabled();
        this.locked = view.locked();
        this.authorities = authorities.stream().map(SimpleGrantedAuthority::new).toList();
    }

    /** A user signing in through the login form: all authorities of all roles. */
    static KeelUser forLogin(LoginView view) {
        return new KeelUser(view, authoritiesOf(view.roles(), Set.of(ApiScope.values()), false));
    }

    /** A user calling the API with a token: the owner's authorities, cut down to the token's scopes. */
    static KeelUser forToken(LoginView view, Set<ApiScope> scopes) {
        return new KeelUser(view, authoritiesOf(view.roles(), scopes, true));
    }

    static Set<String> authoritiesOf(Set<Role> roles, Set<ApiScope> scopes, boolean withScopes) {
        Set<String> result = new LinkedHashSet<>();
        for (Role role : roles) {
            result.add("ROLE_" + role.name());
            for (Permission permission : role.permissions()) {
                if (!permission.isAdministrative() || scopes.contains(ApiScope.ADMIN)) {
                    result.add(permission.authority());
                }
            }
        }
        if (withScopes) {
            scopes.forEach(scope -> result.add(scope.authority()));
        }
        return result;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return new ArrayList<>(authorities);
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = "";
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeelUser u && u.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "KeelUser[" + username + "]";
    }
}
