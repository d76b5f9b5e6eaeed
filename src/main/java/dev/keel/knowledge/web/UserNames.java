package dev.keel.knowledge.web;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Display names of the users one page mentions, each looked up once. Made per request. */
final class UserNames {

    private final UserDirectory directory;
    private final Map<Long, Optional<UserSummary>> users = new HashMap<>();

    UserNames(UserDirectory directory) {
        this.directory = directory;
    }

    public String user(long id) {
        return users.computeIfAbsent(id, directory::findUser)
                .map(UserSummary::displayName)
                .orElse("#" + id);
    }
}
