package dev.keel.routing;

import dev.keel.TestAccounts;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.GroupTier;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.springframework.stereotype.Component;

/** Test data for routing: uniquely named groups with fresh members, and tickets opened by a requester. */
@Component
public class RoutingFixtures {

    private final SupportGroups groups;
    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final TicketManagement tickets;

    RoutingFixtures(SupportGroups groups, UserAccounts accounts, UserDirectory directory, TicketManagement tickets) {
        this.groups = groups;
        this.accounts = accounts;
        this.directory = directory;
        this.tickets = tickets;
    }

    /** A new group with {@code size} new agents, in the order of their ids. */
    public GroupSummary group(int size) {
        String code = TestAccounts.uniqueName("R").replace('.', '-');
        GroupSummary group = groups.create(code, "Routing " + code, null, GroupTier.L2, null, Actor.SYSTEM);
        for (int i = 0; i < size; i++) {
            UserSummary member = TestAccounts.user(accounts, Role.AGENT);
            groups.addMember(group.id(), member.username(), Actor.SYSTEM);
        }
        return directory.findGroup(group.id()).orElseThrow();
    }

    public List<Long> members(GroupSummary group) {
        return new ArrayList<>(group.memberIds().stream().sorted().toList());
    }

    public long requester() {
        return directory.findUser("zhang.san").orElseThrow().id();
    }

    public TicketView open(String title, String description) {
        long requester = requester();
        return tickets.open(
                new OpenTicket(null, title, description, Channel.PORTAL, null, null, null, requester), requester);
    }

    /** Waits until the asynchronous router has treated the ticket as {@code done} describes. */
    public TicketView await(long ticketId, Predicate<TicketView> done) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> tickets.find(ticketId).orElseThrow(), done::test);
    }

    public static String unique(String prefix) {
        return prefix + TestAccounts.uniqueName("").replace(".", "");
    }
}
