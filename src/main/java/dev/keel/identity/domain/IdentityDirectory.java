package dev.keel.identity.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IdentityDirectory implements UserDirectory {

    private final UserRepository users;
    private final SupportGroupRepository groups;
    private final OrganisationRepository organisations;
    private final Clock clock;

    IdentityDirectory(
            UserRepository users, SupportGroupRepository groups, OrganisationRepository organisations, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.organisations = organisations;
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
    public List<GroupSummary> groupsOf(long userId) {
        return groups.findByMemberIdsContains(userId).stream()
                .map(SupportGroup::summary)
                .toList();
    }

    @Override
    public Optional<GroupSummary> findGroup(long groupId) {
        return groups.findById(groupId).map(SupportGroup::summary);
    }

    @Override
    public Optional<GroupSummary> findGroup(String code) {
        return groups.findByCode(code).map(SupportGroup::summary);
    }

    @Override
    public List<GroupSummary> groups() {
        return groups.findAll().stream()
                .map(SupportGroup::summary)
                .sorted(Comparator.comparing(GroupSummary::code))
                .toList();
    }

    @Override
    public Optional<OrganisationSummary> findOrganisation(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::summary);
    }

    @Override
    public List<OrganisationSummary> organisations() {
        return organisations.findAll().stream()
                .map(Organisation::summary)
                .sorted(Comparator.comparing(OrganisationSummary::code))
                .toList();
    }
}
