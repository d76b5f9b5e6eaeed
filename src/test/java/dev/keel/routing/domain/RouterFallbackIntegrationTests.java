package dev.keel.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.routing.AssignmentStrategy;
import dev.keel.routing.RoutingFixtures;
import dev.keel.shared.Actor;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The fallback group is off in the shared test context, so these tests build a router that has one. */
@KeelIntegrationTest
class RouterFallbackIntegrationTests {

    @Autowired
    RoutingFixtures fixtures;

    @Autowired
    RoutingRuleRepository rules;

    @Autowired
    GroupPolicyRepository policies;

    @Autowired
    RoutingRules configuration;

    @Autowired
    TicketManagement tickets;

    @Autowired
    UserDirectory directory;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** A router like the real one, with a fallback group, run in a transaction like the proxied one. */
    private Router.Routed routeWithFallback(String code, long ticketId) {
        Router router = new Router(rules, policies, tickets, directory, new RoutingProperties(code, false));
        return Objects.requireNonNull(new TransactionTemplate(transactionManager)
                .execute(status -> router.route(ticketId, fixtures.requester())));
    }

    @Test
    void aTicketNoRuleClaimsGoesToTheFallbackGroupAndItsPolicy() {
        GroupSummary fallback = fixtures.group(2);
        configuration.setPolicy(fallback.id(), AssignmentStrategy.ROUND_ROBIN, Actor.SYSTEM);
        TicketView opened = fixtures.open("Nothing special", "no keyword of any rule");

        Router.Routed routed = routeWithFallback(fallback.code(), opened.id());

        assertThat(routed.changed()).isTrue();
        TicketView after = tickets.find(opened.id()).orElseThrow();
        assertThat(after.groupId()).isEqualTo(fallback.id());
        assertThat(after.assigneeId()).isEqualTo(fixtures.members(fallback).get(0));
    }

    @Test
    void anUnknownFallbackGroupLeavesTheTicketAlone() {
        TicketView opened = fixtures.open("Nothing special either", "no keyword of any rule");

        assertThat(routeWithFallback("NO-SUCH-GROUP", opened.id()).changed()).isFalse();
        assertThat(tickets.find(opened.id()).orElseThrow().groupId()).isNull();
    }
}
