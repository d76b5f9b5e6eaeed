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

    @Autowired
    dev.keel.cmdb.CiSupport cis;

    /** A router like the real one, with a fallback group, run in a transaction like the proxied one. */
    private Router.Routed routeWithFallback(String code, long ticketId) {
        Router router = new Router(rules, policies, tickets, directory, new RoutingProperties(code, false, true), cis);
        return Objects.requireNonNull(
                new TransactionTemplate(transactionManager).execute(status -> router.route(ticketId)));
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
    void aSecurityIncidentNoRuleClaimsGoesToASecurityGroupInsteadOfTheFallbackGroup() {
        GroupSummary fallback = fixtures.group(2);
        assertThat(fallback.security()).isFalse();
        long requester = fixtures.requester();
        TicketView reported = tickets.open(
                new dev.keel.ticket.OpenTicket(
                        dev.keel.ticket.TicketType.SECURITY_INCIDENT,
                        "Odd mail " + RoutingFixtures.unique("none"),
                        "no keyword of any rule",
                        dev.keel.ticket.Channel.PORTAL,
                        null,
                        null,
                        null,
                        requester),
                requester);

        assertThat(routeWithFallback(fallback.code(), reported.id()).changed()).isTrue();

        TicketView after = tickets.find(reported.id()).orElseThrow();
        assertThat(after.groupId()).isNotNull().isNotEqualTo(fallback.id());
        assertThat(directory.findGroup(after.groupId()).orElseThrow().security())
                .as("the group a reported security incident reaches")
                .isTrue();
    }

    @Test
    void anUnknownFallbackGroupLeavesTheTicketAlone() {
        TicketView opened = fixtures.open("Nothing special either", "no keyword of any rule");

        assertThat(routeWithFallback("NO-SUCH-GROUP", opened.id()).changed()).isFalse();
        assertThat(tickets.find(opened.id()).orElseThrow().groupId()).isNull();
    }
}
