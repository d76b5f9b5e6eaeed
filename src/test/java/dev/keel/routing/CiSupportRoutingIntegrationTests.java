package dev.keel.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.cmdb.domain.CiDraft;
import dev.keel.cmdb.domain.CiTicketLinks;
import dev.keel.cmdb.domain.ConfigurationItems;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.routing.domain.Router;
import dev.keel.shared.Actor;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing follows the CMDB: a ticket nobody took yet moves to the support group of the configuration
 * item linked to it (the most critical one when there are several); a ticket someone took stays.
 */
@KeelIntegrationTest
class CiSupportRoutingIntegrationTests {

    @Autowired
    RoutingFixtures fixtures;

    @Autowired
    ConfigurationItems items;

    @Autowired
    CiTicketLinks links;

    @Autowired
    TicketManagement tickets;

    @Autowired
    UserDirectory directory;

    @Autowired
    Router router;

    @Test
    void linkingACiMovesAnUntakenTicketToTheCisSupportGroup() {
        GroupSummary database = fixtures.group(1);
        long ci = ci("MEDIUM", database.id());
        TicketView ticket = fixtures.open(RoutingFixtures.unique("db slow "), "queries time out");

        links.link(ticket.id(), ci, admin(), Actor.SYSTEM);

        TicketView moved = fixtures.await(ticket.id(), t -> Objects.equals(t.groupId(), database.id()));
        assertThat(moved.assigneeId()).isNull();
    }

    @Test
    void theMostCriticalLinkedCiDecidesAndATakenTicketStays() {
        GroupSummary servers = fixtures.group(0);
        GroupSummary erp = fixtures.group(0);
        TicketView ticket = fixtures.open(RoutingFixtures.unique("erp down "), "nobody can sign in");
        links.link(ticket.id(), ci("MEDIUM", servers.id()), admin(), Actor.SYSTEM);
        links.link(ticket.id(), ci("CRITICAL", erp.id()), admin(), Actor.SYSTEM);

        fixtures.await(ticket.id(), t -> Objects.equals(t.groupId(), erp.id()));
        assertThat(router.followCi(ticket.id()).changed()).as("already there").isFalse();

        TicketView taken = fixtures.open(RoutingFixtures.unique("taken "), "an agent has it");
        GroupSummary desk = fixtures.group(1);
        long agent = fixtures.members(desk).get(0);
        tickets.assign(taken.id(), desk.id(), agent, agent);
        links.link(taken.id(), ci("CRITICAL", servers.id()), admin(), Actor.SYSTEM);
        assertThat(router.followCi(taken.id()).changed()).isFalse();
        assertThat(tickets.find(taken.id()).orElseThrow().groupId()).isEqualTo(desk.id());
    }

    private long ci(String criticality, long supportGroup) {
        return items.create(
                        new CiDraft(
                                "server",
                                RoutingFixtures.unique("srv-"),
                                "IN_USE",
                                "PRODUCTION",
                                criticality,
                                null,
                                supportGroup,
                                null,
                                null,
                                null,
                                Map.of()),
                        Actor.SYSTEM)
                .id();
    }

    private long admin() {
        return directory.findUser("admin").orElseThrow().id();
    }
}
