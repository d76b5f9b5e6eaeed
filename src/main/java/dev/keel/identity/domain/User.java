package dev.keel.identity.domain;

import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person who signs in: requester, agent, manager or administrator. */
@Entity
@Table(name = "identity_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private @Nullable Long organisationId;
    private @Nullable String locale;
    private String timeZone;
    private boolean enabled = true;
    private boolean organisationVisibility;
    private int failedLogins;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant lastLoginAt;
    private Instant passwordChangedAt;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected User() {}

    User(
            String username,
            String displayName,
            String email,
            String passwordHash,
            @Nullable Long organisationId,
            String timeZone,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.organisationId = organisationId;
        this.timeZone = timeZone;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /**
     * Counts a failed sign-in. Returns true when this failure locked the account, which happens at
     * {@code maxFailures} consecutive failures and lasts {@code lockout}.
     */
    boolean recordFailedLogin(int maxFailures, Duration lockout, Clock clock) {
        Instant now = clock.instant();
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin(Clock clock) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = clock.instant();
    }

    public boolean isLocked(Clock clock) {
        return lockedUntil != null && lockedUntil.isAfter(clock.instant());
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean grant(Role role) {
        return roles.add(role);
    }

    boolean revoke(Role role) {
        return roles.remove(role);
    }

    void changePassword(String newHash, Clock clock) {
        this.passwordHash = newHash;
        this.passwordChangedAt = clock.instant();
        unlock();
    }

    void rename(String displayName, String email, @Nullable Long organisationId) {
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
    }

    void setOrganisationVisibility(boolean visible) {
        this.organisationVisibility = visible;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPreferences(@Nullable String locale, String timeZone) {
        this.locale = locale;
        this.timeZone = timeZone;
    }

    public UserSummary summary(Clock clock) {
        return new UserSummary(
                id(),
                username,
                displayName,
                email,
                organisationId,
                Set.copyOf(roles),
                enabled,
                isLocked(clock),
                lastLoginAt,
                organisationVisibility,
                locale);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public @Nullable String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
