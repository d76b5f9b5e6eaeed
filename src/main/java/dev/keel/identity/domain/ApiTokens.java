package dev.keel.identity.domain;

import dev.keel.identity.ApiScope;
import dev.keel.identity.IdentityEvents.ApiTokenCreated;
import dev.keel.identity.IdentityEvents.ApiTokenRevoked;
import dev.keel.identity.Permission;
import dev.keel.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal API tokens. A token reads {@code keel_} followed by 40 random
 * characters; only its SHA-256 is stored (a token has full entropy, so a slow hash adds nothing).
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "keel_";
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int SECRET_LENGTH = 40;
    private static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A token just issued: the only moment its secret is known. */
    public record IssuedToken(
            long id,
            String name,
            String secret,
            Set<ApiScope> scopes,
            @Nullable Instant expiresAt) {}

    /** A valid token's owner and scopes, for the authentication filter. */
    public record TokenOwner(LoginView user, Set<ApiScope> scopes) {}

    public IssuedToken issue(
            String username, String name, Set<ApiScope> scopes, @Nullable Integer validDays, Actor actor) {
        User user = users.findByUsername(username).orElseThrow(IdentityErrors::userNotFound);
        return issue(user, name, scopes, validDays, newSecret(), actor);
    }

    private static boolean holdsAdministration(User user) {
        return user.roles().stream()
                .flatMap(role -> role.permissions().stream())
                .anyMatch(Permission::isAdministrative);
    }

    /** Issues a token with a secret chosen by the caller: only for the documented demo tokens. */
    IssuedToken issueWithSecret(User user, String name, Set<ApiScope> scopes, String secret) {
        return issue(user, name, scopes, null, secret, Actor.SYSTEM);
    }

    private IssuedToken issue(
            User user, String name, Set<ApiScope> scopes, @Nullable Integer validDays, String secret, Actor actor) {
        String checkedName = Inputs.text("name", name, 100);
        if (scopes.isEmpty()) {
            throw IdentityErrors.invalid("scopes", "validation.scopes");
        }
        if (scopes.contains(ApiScope.ADMIN) && !holdsAdministration(user)) {
            // a token never carries more than its owner holds
            throw IdentityErrors.invalid("scopes", "validation.scopeNotHeld", ApiScope.ADMIN.value());
        }
        Instant expiresAt = null;
        if (validDays != null) {
            if (validDays < 1 || Duration.ofDays(validDays).compareTo(MAX_LIFETIME) > 0) {
                throw IdentityErrors.invalid("validDays", "validation.validDays", 1, MAX_LIFETIME.toDays());
            }
            expiresAt = clock.instant().plus(Duration.ofDays(validDays));
        }
        ApiToken token = tokens.save(new ApiToken(
                user.id(),
                checkedName,
                sha256(secret),
                secret.substring(0, PREFIX.length() + 4),
                scopes,
                expiresAt,
                clock.instant()));
        events.publishEvent(
                new ApiTokenCreated(actor.name(), actor.remoteAddress(), token.id(), checkedName, token.scopesText()));
        return new IssuedToken(token.id(), checkedName, secret, token.scopes(), expiresAt);
    }

    /** Revokes one of the user's own tokens; someone else's token is "not found". */
    public void revoke(String username, long tokenId, Actor actor) {
        User user = users.findByUsername(username).orElseThrow(IdentityErrors::userNotFound);
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId() == user.id())
                .orElseThrow(IdentityErrors::tokenNotFound);
        if (token.revoke(clock)) {
            events.publishEvent(new ApiTokenRevoked(actor.name(), actor.remoteAddress(), tokenId, token.name()));
        }
    }

    /** Revokes a token by its secret, if it exists; used to retire the demo tokens. */
    void revokeSecret(String secret) {
        tokens.findByTokenHash(sha256(secret)).ifPresent(token -> {
            if (token.revoke(clock)) {
                events.publishEvent(new ApiTokenRevoked("system", null, token.id(), token.name()));
            }
        });
    }

    boolean existsSecret(String secret) {
        return tokens.findByTokenHash(sha256(secret)).isPresent();
    }

    @Transactional(readOnly = true)
    public List<ApiToken> listFor(String username) {
        return users.findByUsername(username)
                .map(u -> tokens.findByUserIdOrderByIdDesc(u.id()))
                .orElse(List.of());
    }

    /** The owner of a usable token, or empty for an unknown, revoked or expired token or a disabled owner. */
    public Optional<TokenOwner> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(secret))
                .filter(t -> t.isUsable(clock))
                .flatMap(token -> users.findById(token.userId())
                        .filter(User::enabled)
                        .filter(u -> !u.isLocked(clock))
                        .map(user -> {
                            Instant now = clock.instant();
                            tokens.recordUse(token.id(), now, now.minus(ApiToken.LAST_USED_RESOLUTION));
                            return new TokenOwner(
                                    new LoginView(
                                            user.id(),
                                            user.username(),
                                            user.displayName(),
                                            "",
                                            true,
                                            false,
                                            user.roles(),
                                            user.locale(),
                                            user.timeZone()),
                                    token.scopes());
                        }));
    }

    private String newSecret() {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
