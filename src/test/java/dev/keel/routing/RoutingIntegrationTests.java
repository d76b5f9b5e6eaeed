package dev.keel.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.routing.domain.Router;
import dev.keel.routing.domain.RoutingDemoData;
import dev.keel.routing.domain.RoutingRuleView;
import dev.keel.routing.domain.RoutingRules;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@KeelIntegrationTest
class RoutingIntegrationTests {

    @Autowired
    RoutingFixtures fixtures;

    @Autowired
    RoutingRules rules;

    @Autowired
    Router router;

    @Autowired
    RoutingDemoData demo;

    @Autowired
    TicketManagement tickets;

    @Autowired
    Tickets ticketHistory;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    private RoutingRuleView rule(String keywords, GroupSummary group) {
        return rules.create(
                new SaveRoutingRule("rule " + keywords, null, null, null, keywords, group.id(), true), Actor.SYSTEM);
    }

    @Test
    void theFirstMatchingRuleDecidesTheGroupAndOrderCanBeChanged() {
        String word = RoutingFixtures.unique("kw");
        GroupSummary first = fixtures.group(0);
        GroupSummary second = fixtures.group(0);
        rule(word, first);
        RoutingRuleView later = rule("other," + word, second);

        TicketView a = fixtures.open("Something about " + word, "text");
        assertThat(fixtures.await(a.id(), t -> t.groupId() != null).groupId()).isEqualTo(first.id());

        rules.move(later.id(), true, Actor.SYSTEM);
        TicketView b = fixtures.open("Again " + word, "text");
        assertThat(fixtures.await(b.id(), t -> t.groupId() != null).groupId()).isEqualTo(second.id());
    }

    @Test
    void aSecurityIncidentSkipsRulesThatWouldHandItToAGroupOutsideSecurity() {
        String word = RoutingFixtures.unique("sec");
        GroupSummary plain = fixtures.group(0);
        GroupSummary security = directory.findGroup("SEC").orElseThrow();
        rule(word, plain);
        rule("other," + word, security);
        long requester = fixtures.requester();

        TicketView incident = fixtures.open("Printer " + word, "text");
        TicketView reported = tickets.open(
                new dev.keel.ticket.OpenTicket(
                        dev.keel.ticket.TicketType.SECURITY_INCIDENT,
                        "Phishing " + word,
                        "text",
                        dev.keel.ticket.Channel.PORTAL,
                        null,
                        null,
                        null,
                        requester),
                requester);

        assertThat(fixtures.await(incident.id(), t -> t.groupId() != null).groupId())
                .isEqualTo(plain.id());
        assertThat(fixtures.await(reported.id(), t -> t.groupId() != null).groupId())
                .isEqualTo(security.id());
    }

    @Test
    void chineseKeywordsMatchInTheDescriptionAndCaseDoesNotMatter() {
        String word = RoutingFixtures.unique("网关");
        GroupSummary group = fixtures.group(0);
        rule("unrelated, " + word.toUpperCase(), group);

        TicketView opened = fixtures.open("无法上网", "公司" + word.toLowerCase() + "故障，全部断网");

        TicketView routed = fixtures.await(opened.id(), t -> t.groupId() != null);
        assertThat(routed.groupId()).isEqualTo(group.id());
        assertThat(routed.assigneeId()).isNull();
        assertThat(routed.status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void roundRobinHandsTicketsToMembersInTurn() {
        String word = RoutingFixtures.unique("rr");
        GroupSummary group = fixtures.group(3);
        rules.setPolicy(group.id(), AssignmentStrategy.ROUND_ROBIN, Actor.SYSTEM);
        rule(word, group);

        List<Long> assignees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TicketView opened = fixtures.open("Round robin " + i + " " + word, "text");
            assignees.add(
                    fixtures.await(opened.id(), t -> t.assigneeId() != null).assigneeId());
        }

        List<Long> members = fixtures.members(group);
        assertThat(assignees).containsExactly(members.get(0), members.get(1), members.get(2), members.get(0));
    }

    @Test
    void leastLoadedPicksTheMemberWithFewestOpenTicketsAndTiesGoToTheLowestId() {
        String word = RoutingFixtures.unique("ll");
        GroupSummary group = fixtures.group(2);
        List<Long> members = fixtures.members(group);
        rules.setPolicy(group.id(), AssignmentStrategy.LEAST_LOADED, Actor.SYSTEM);

        TicketView busy = fixtures.open("Busy member", "no rule matches this");
        tickets.assign(busy.id(), group.id(), members.get(0), fixtures.requester());
        rule(word, group);

        TicketView first = fixtures.open("Least loaded " + word, "text");
        assertThat(fixtures.await(first.id(), t -> t.assigneeId() != null).assigneeId())
                .isEqualTo(members.get(1));
        TicketView tie = fixtures.open("Least loaded tie " + word, "text");
        assertThat(fixtures.await(tie.id(), t -> t.assigneeId() != null).assigneeId())
                .isEqualTo(members.get(0));
    }

    @Test
    void theCategoryGroupIsKeptWhenNoRuleMatches() {
        GroupSummary group = fixtures.group(1);
        rules.setPolicy(group.id(), AssignmentStrategy.NONE, Actor.SYSTEM);
        String code = RoutingFixtures.unique("cat");
        jdbc.update(
                "INSERT INTO ticket_category (code, name_en, name_zh, default_group_id) VALUES (?, ?, ?, ?)",
                code,
                "Routing category",
                "分派分类",
                group.id());
        long category = Objects.requireNonNull(
                jdbc.queryForObject("SELECT id FROM ticket_category WHERE code = ?", Long.class, code));
        long requester = fixtures.requester();
        TicketView opened = tickets.open(
                new OpenTicket(
                        null, "Category ticket", "nothing to match", Channel.PORTAL, category, null, null, requester),
                requester);

        assertThat(router.route(opened.id()).changed()).isFalse();
        assertThat(tickets.find(opened.id()).orElseThrow().groupId()).isEqualTo(group.id());
    }

    @Test
    void routingIsRecordedInTheHistoryAsDoneByTheSystemNotTheRequester() {
        String word = RoutingFixtures.unique("sys");
        GroupSummary group = fixtures.group(0);
        rule(word, group);

        TicketView opened = fixtures.open("Routed " + word, "text");
        fixtures.await(opened.id(), t -> t.groupId() != null);

        assertThat(ticketHistory.history(opened.id()))
                .filteredOn(h -> h.field().equals("group"))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.changedBy()).isNull());
    }

    @Test
    void aTicketSomeoneAlreadyTookIsLeftAlone() {
        String word = RoutingFixtures.unique("taken");
        GroupSummary group = fixtures.group(1);
        TicketView opened = fixtures.open("Taken " + word, "text");
        long agent = directory.findUser("li.na").orElseThrow().id();
        long sd = directory.findGroup("SD").orElseThrow().id();
        tickets.assign(opened.id(), sd, agent, agent);
        rule(word, group);

        assertThat(router.route(opened.id()).changed()).isFalse();
        assertThat(tickets.find(opened.id()).orElseThrow().groupId()).isEqualTo(sd);
    }

    @Test
    void demoRulesSendDatabaseNetworkPhishingAndMailTicketsToTheirGroups() {
        List<Long> before = rules.list().stream().map(RoutingRuleView::id).toList();
        try {
            assertThat(demo.seed()).isEqualTo(4);
            TicketView db = fixtures.open("数据库连接超时", "ERP 报错");
            TicketView vpn = fixtures.open("Cannot connect", "My vpn drops every minute");
            TicketView phishing = fixtures.open("Suspicious mail", "Looks like PHISHING to me");
            TicketView outlook = fixtures.open("Outlook 无法发送邮件", "Sending fails since this morning");

            assertThat(fixtures.await(db.id(), t -> t.groupId() != null).groupId())
                    .isEqualTo(group("DB"));
            assertThat(fixtures.await(vpn.id(), t -> t.assigneeId() != null).groupId())
                    .isEqualTo(group("NET"));
            assertThat(fixtures.await(phishing.id(), t -> t.groupId() != null).groupId())
                    .isEqualTo(group("SEC"));
            assertThat(fixtures.await(outlook.id(), t -> t.groupId() != null).groupId())
                    .isEqualTo(group("APP"));
        } finally {
            rules.list().stream()
                    .filter(r -> !before.contains(r.id()))
                    .forEach(r -> rules.delete(r.id(), Actor.SYSTEM));
        }
    }

    private long group(String code) {
        return directory.findGroup(code).orElseThrow().id();
    }
}
