package dev.keel.identity.domain;

import dev.keel.identity.IdentityEvents.ConfigurationChanged;
import dev.keel.identity.IdentityEvents.RoleGranted;
import dev.keel.identity.IdentityEvents.RoleRevoked;
import dev.keel.identity.RegisterUser;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes user accounts; every change is published as an auditable event. */
@Service
@Transactional
public class UserAccounts {

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(
            UserRepository users,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    public UserSummary register(RegisterUser command, Actor actor) {
        String username = Inputs.username(command.username());
        String displayName = Inputs.text("displayName", command.displayName(), 200);
        String email = Inputs.email("email", command.email());
        String timeZone = Inputs.timeZone(command.timeZone());
        checkOrganisation(command.organisationId());
        checkPassword(command.password(), username);
        if (users.existsByUsername(username)) {
            throw IdentityErrors.taken("username", username);
        }
        User user = new User(
                username,
                displayName,
                email,
                passwordEncoder.encode(command.password()),
                command.organisationId(),
                timeZone,
                clock.instant());
        command.roles().forEach(user::grant);
        users.save(user);
        publishChange(actor, "user.created", user, "roles=" + user.roles());
        return user.summary(clock);
    }

    /** Registers a user whose password hash is already known (demo data shares one hash). */
    UserSummary registerHashed(RegisterUser command, String passwordHash) {
        User user = new User(
                Inputs.username(command.username()),
                command.displayName(),
                command.email(),
                passwordHash,
                command.organisationId(),
                Inputs.timeZone(command.timeZone()),
                clock.instant());
        command.roles().forEach(user::grant);
        return users.save(user).summary(clock);
    }

    public UserSummary update(UpdateUser command, Actor actor) {
        User user = load(command.userId());
        if (user.version() != command.version()) {
            throw IdentityErrors.stale();
        }
        checkOrganisation(command.organisationId());
        user.rename(
                Inputs.text("displayName", command.displayName(), 200),
                Inputs.email("email", command.email()),
                command.organisationId());
        user.setEnabled(command.enabled());
        users.saveAndFlush(user);
        publishChange(actor, "user.updated", user, "enabled=" + command.enabled());
        return user.summary(clock);
    }

    public void grant(long userId, Role role, Actor actor) {
        User user = load(userId);
        if (user.grant(role)) {
            users.saveAndFlush(user);
            events.publishEvent(new RoleGranted(actor.name(), actor.remoteAddress(), userId, user.username(), role));
        }
    }

    public void revoke(long userId, Role role, Actor actor) {
        User user = load(userId);
        if (user.revoke(role)) {
            users.saveAndFlush(user);
            events.publishEvent(new RoleRevoked(actor.name(), actor.remoteAddress(), userId, user.username(), role));
        }
    }

    public void resetPassword(long userId, String newPassword, Actor actor) {
        User user = load(userId);
        checkPassword(newPassword, user.username());
        user.changePassword(passwordEncoder.encode(newPassword), clock);
        publishChange(actor, "user.password-reset", user, "");
    }

    public void changeOwnPassword(String username, String currentPassword, String newPassword, Actor actor) {
        User user = users.findByUsername(username).orElseThrow(IdentityErrors::userNotFound);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw IdentityErrors.wrongPassword();
        }
        checkPassword(newPassword, user.username());
        user.changePassword(passwordEncoder.encode(newPassword), clock);
        publishChange(actor, "user.password-changed", user, "");
    }

    /** Lets a requester see every ticket of their organisation, not only their own. */
    public void setOrganisationVisibility(long userId, boolean visible, Actor actor) {
        User user = load(userId);
        user.setOrganisationVisibility(visible);
        users.saveAndFlush(user);
        publishChange(actor, "user.organisation-visibility", user, "visible=" + visible);
    }

    public void unlock(long userId, Actor actor) {
        User user = load(userId);
        user.unlock();
        publishChange(actor, "user.unlocked", user, "");
    }

    /** Saves the language and time zone a user chose; an unknown user is ignored (e.g. a deleted one). */
    public void savePreferences(String username, @Nullable Locale locale, String timeZone) {
        String zone = Inputs.timeZone(timeZone);
        users.findByUsername(username)
                .ifPresent(user -> user.setPreferences(locale == null ? null : locale.toLanguageTag(), zone));
    }

    @Transactional(readOnly = true)
    public UserSummary find(long userId) {
        return load(userId).summary(clock);
    }

    @Transactional(readOnly = true)
    public long versionOf(long userId) {
        return load(userId).version();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(String username) {
        return users.findByUsername(username).map(u -> u.summary(clock));
    }

    @Transactional(readOnly = true)
    public Optional<LoginView> loginView(String username) {
        return users.findByUsername(username)
                .map(u -> new LoginView(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.passwordHash(),
                        u.enabled(),
                        u.isLocked(clock),
                        u.roles(),
                        u.locale(),
                        u.timeZone()));
    }

    /** Users ordered by id, optionally only those whose user name starts with {@code prefix}. */
    @Transactional(readOnly = true)
    public Page<UserSummary> page(@Nullable String prefix, PageRequest request) {
        long after = request.afterLong(0);
        Limit limit = Limit.of(request.fetchSize());
        List<User> rows = prefix == null || prefix.isBlank()
                ? users.findByIdGreaterThanOrderById(after, limit)
                : users.findByUsernameStartingWithAndIdGreaterThanOrderById(
                        prefix.trim().toLowerCase(Locale.ROOT), after, limit);
        return Keyset.page(rows, request, User::id).map(u -> u.summary(clock));
    }

    private User load(long userId) {
        return users.findById(userId).orElseThrow(IdentityErrors::userNotFound);
    }

    private void checkOrganisation(@Nullable Long organisationId) {
        if (organisationId != null && !organisations.existsById(organisationId)) {
            throw IdentityErrors.invalid("organisationId", "validation.organisation");
        }
    }

    private void checkPassword(@Nullable String password, String username) {
        List<String> problems = PasswordPolicy.problems(password == null ? "" : password, username);
        if (!problems.isEmpty()) {
            throw IdentityErrors.weakPassword(problems);
        }
    }

    private void publishChange(Actor actor, String action, User user, String details) {
        events.publishEvent(new ConfigurationChanged(
                actor.name(), actor.remoteAddress(), action, "user:" + user.username(), details));
    }
}
