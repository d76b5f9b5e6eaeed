package dev.keel.knowledge.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.KeelPrincipal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The {@link Reader} of the signed-in user: the id from the {@link KeelPrincipal} (or looked up by the
 * principal's name) and what their authorities allow.
 */
@Component
public class Readers {

    private final UserDirectory directory;

    Readers(UserDirectory directory) {
        this.directory = directory;
    }

    public Reader of(Authentication authentication) {
        long userId;
        if (authentication.getPrincipal() instanceof KeelPrincipal principal) {
            userId = principal.userId();
        } else {
            userId = directory
                    .findUser(authentication.getName())
                    .orElseThrow(KnowledgeErrors::notAllowed)
                    .id();
        }
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return Reader.of(userId, authorities);
    }
}
