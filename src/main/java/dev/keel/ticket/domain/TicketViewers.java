package dev.keel.ticket.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.Permission;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.TicketViewer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Builds the {@link TicketViewer} of a user from their roles, groups and organisation. */
@Component
@NamedInterface("search")
public class TicketViewers {

    private final UserDirectory directory;

    TicketViewers(UserDirectory directory) {
        this.directory = directory;
    }

    public TicketViewer of(long userId) {
        UserSummary user = directory.findUser(userId).orElseThrow(TicketErrors::notAllowed);
        boolean admin = user.roles().contains(Role.ADMIN);
        boolean agent = user.roles().stream().anyMatch(r -> r.permissions().contains(Permission.WORKSPACE_USE));
        List<GroupSummary> groups = directory.groupsOf(userId);
        Set<Long> groupIds = new HashSet<>();
        boolean security = false;
        boolean servesAll = false;
        Set<Long> served = new HashSet<>();
        for (GroupSummary g : groups) {
            groupIds.add(g.id());
            security |= g.security();
            if (g.servesAllCustomers()) {
                servesAll = true;
            }
            served.addAll(g.servedOrganisationIds());
        }
        return new TicketViewer(
                userId,
                agent,
                admin,
                Set.copyOf(groupIds),
                security,
                servesAll ? null : Set.copyOf(served),
                user.organisationId(),
                user.organisationVisibility());
    }
}
