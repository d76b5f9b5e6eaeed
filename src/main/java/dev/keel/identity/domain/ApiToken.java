package dev.keel.identity.domain;

import dev.keel.identity.ApiScope;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only the SHA-256 of the secret is kept; the secret is shown once. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

    /** How often "last used" is written at most, so that a busy token does not write on every call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private String scopes;
    private Instant createdAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ApiToken() {}

    ApiToken(
            long userId,
            String name,
            String tokenHash,
            String tokenPrefix,
            Set<ApiScope> scopes,
            @Nullable Instant expiresAt,
            Instant now) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scopes = scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(","));
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    boolean isUsable(Clock clock) {
        Instant now = clock.instant();
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    boolean revoke(Clock clock) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = clock.instant();
        return true;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Set<ApiScope> scopes() {
        EnumSet<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(","))
                .filter(s -> !s.isBlank())
                .map(ApiScope::parse)
                .forEach(set::add);
        return set;
    }

    public String scopesText() {
        return scopes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
