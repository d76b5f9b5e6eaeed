package dev.keel.identity.security;

import dev.keel.identity.domain.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class KeelUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    KeelUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.loginView(username.trim())
                .map(KeelUser::forLogin)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
