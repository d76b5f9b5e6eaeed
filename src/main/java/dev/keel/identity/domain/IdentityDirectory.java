package dev.keel.identity.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IdentityDirectory implements UserDirectory {

    private final UserRepository users;
    private final SupportGroupRepository groups;
    private final Clock clock;

    IdentityDirectory(UserRepository users, SupportGroupRepository groups, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public Optional<UserSummary> findUser(long userId) {
        return users.findById(userId).map(u -> u.summary(clock));
    }

    @Override
    public Optional<UserSummary> findUser(String username) {
        return users.findByUsername(username).map(u -> u.summary(clock));
    }

    @Override
    public Optional<GroupSummary> findGroupByCode(String code) {
        return groups.findByCode(code).map(SupportGroup::summary);
    }

    @Override
    public List<GroupSummary> groupsOf(long userId) {
        return groups.findByMemberIdsContains(userId).stream()
                .map(SupportGroup::summary)
                .toList();
    }

    @Override
    public Optional<GroupSummary> findGroup(long groupId) {
        return groups.findById(groupId).map(SupportGroup::summary);
    }
}
