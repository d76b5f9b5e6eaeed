package dev.keel.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RoutingRuleTests {

    private static TicketView ticket(String title, String description, Channel channel, @Nullable Long category) {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        return new TicketView(
                1,
                "INC-20261124-000001",
                TicketType.INCIDENT,
                title,
                description,
                TicketStatus.NEW,
                null,
                channel,
                category,
                Impact.MINOR,
                Urgency.MEDIUM,
                Priority.P4,
                7,
                3L,
                null,
                null,
                7,
                null,
                null,
                null,
                null,
                0,
                now,
                now,
                null,
                null,
                null,
                null,
                0);
    }

    private static RoutingRule rule(String keywords, @Nullable Long category, @Nullable Channel channel) {
        return new RoutingRule(1, new RoutingRule.Content("r", category, null, channel, keywords, 5, true));
    }

    @Test
    void anyKeywordInTitleOrDescriptionMatchesIgnoringCase() {
        RoutingRule rule = rule("数据库,Database", null, null);

        assertThat(rule.matches(ticket("ERP 数据库很慢", "", Channel.PORTAL, null))).isTrue();
        assertThat(rule.matches(ticket("Slow", "the DATABASE is slow", Channel.PORTAL, null)))
                .isTrue();
        assertThat(rule.matches(ticket("Printer", "offline", Channel.PORTAL, null)))
                .isFalse();
    }

    @Test
    void everyGivenConditionMustHold() {
        RoutingRule rule = rule("vpn", 9L, Channel.EMAIL);

        assertThat(rule.matches(ticket("VPN down", "", Channel.EMAIL, 9L))).isTrue();
        assertThat(rule.matches(ticket("VPN down", "", Channel.PORTAL, 9L))).isFalse();
        assertThat(rule.matches(ticket("VPN down", "", Channel.EMAIL, 8L))).isFalse();
    }

    @Test
    void aRuleWithoutConditionsMatchesEverythingUnlessInactive() {
        assertThat(rule("", null, null).matches(ticket("x", "y", Channel.API, null)))
                .isTrue();
        RoutingRule inactive = new RoutingRule(1, new RoutingRule.Content("r", null, null, null, "", 5, false));
        assertThat(inactive.matches(ticket("x", "y", Channel.API, null))).isFalse();
    }

    @Test
    void keywordListsAcceptFullWidthCommasAndDropBlanks() {
        assertThat(RoutingRule.keywordList(" VPN ，网络、, network,,")).containsExactly("VPN", "网络", "network");
    }
}
