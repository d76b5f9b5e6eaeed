package dev.keel.identity.domain;

import dev.keel.identity.RegisterUser;
import dev.keel.identity.RequesterRegistration;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.shared.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link RequesterRegistration}: requesters who write in by e-mail. */
@Service
@Transactional
class EmailRequesters implements RequesterRegistration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final UserRepository users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmailRequesters(UserAccounts accounts, UserRepository users, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByEmail(String email) {
        String address = email.strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        // the index on email serves the exact spellings; most addresses are stored lower-case
        return jdbc
                .queryForList(
                        "SELECT id FROM identity_user WHERE email IN (?, ?) ORDER BY id",
                        Long.class,
                        address,
                        address.toLowerCase(Locale.ROOT))
                .stream()
                .findFirst()
                .flatMap(users::findById)
                .map(u -> u.summary(clock));
    }

    @Override
    public UserSummary registerRequester(String email, @Nullable String displayName, @Nullable Long organisationId) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String base = address.replaceAll("[^a-z0-9._-]", ".").replaceAll("^[^a-z0-9]+", "");
        if (base.length() < 2) {
            base = "mail." + base;
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String username = base;
        for (int i = 2; users.existsByUsername(username); i++) {
            username = base + "-" + i;
        }
        String name = displayName == null || displayName.isBlank() ? address : displayName.strip();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String password = "Mail-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "-9a";
        return accounts.register(
                new RegisterUser(
                        username,
                        name.length() > 200 ? name.substring(0, 200) : name,
                        address,
                        password,
                        organisationId,
                        Set.of(Role.REQUESTER),
                        null),
                Actor.SYSTEM);
    }
}
