package dev.keel.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.sla.TicketSla;
import dev.keel.sla.domain.Clocks;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.Tickets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The SLA card of a ticket whose clocks the SLA module has not planned yet (its listener runs after the
 * ticket's commit) says so and asks again, instead of stating that no service level applies; once the
 * clocks exist it shows them and stops asking.
 */
@KeelIntegrationTest
class SlaPanelPlanningIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    Clocks clocks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYoungTicketWithoutClocksIsBeingPlannedAndAnOldOneHasNoServiceLevel() {
        TicketView ticket = open();

        TicketSla none = new TicketSla(ticket.id(), ticket.createdAt().plusSeconds(3), List.of(), List.of());
        assertThat(SlaPanelController.planning(ticket, none)).isTrue();
        TicketSla later =
                new TicketSla(ticket.id(), ticket.createdAt().plus(Duration.ofMinutes(3)), List.of(), List.of());
        assertThat(SlaPanelController.planning(ticket, later)).isFalse();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !clocks.state(ticket.id()).clocks().isEmpty());
        assertThat(SlaPanelController.planning(ticket, clocks.state(ticket.id())))
                .isFalse();
    }

    @Test
    void theCardAsksAgainWhilePlanningAndStopsOnceTheClocksExist() throws Exception {
        TicketView ticket = open();
        // as if the SLA listener had not run yet: the clocks it planned are not there
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !clocks.state(ticket.id()).clocks().isEmpty());
        jdbc.update("DELETE FROM sla_clock WHERE ticket_id = ?", ticket.id());

        Element planning = panel(ticket.id());
        assertThat(planning.select("#sla-planning").text()).isEqualTo("正在计算服务级别…");
        assertThat(planning.select("#sla-none")).isEmpty();
        assertThat(planning.attr("hx-trigger")).isEqualTo("load delay:2s");
        assertThat(planning.attr("hx-get")).isEqualTo("/sla/tickets/" + ticket.id() + "/panel");

        clocks.reconcile(ticket.id(), false);

        Element planned = panel(ticket.id());
        assertThat(planned.select(".sla-clock")).isNotEmpty();
        assertThat(planned.select("#sla-planning")).isEmpty();
        assertThat(planned.hasAttr("hx-trigger"))
                .as("no more polling once planned")
                .isFalse();
        assertThat(planned.hasAttr("hx-get")).isFalse();
    }

    private TicketView open() {
        long requester = jdbc.queryForObject("SELECT id FROM identity_user WHERE username = 'zhang.san'", Long.class);
        return tickets.open(
                new OpenTicket(
                        null, TestAccounts.uniqueName("planning"), "d", Channel.PORTAL, null, null, null, requester),
                requester);
    }

    private Element panel(long ticketId) throws Exception {
        var result = mvc.get()
                .uri("/sla/tickets/" + ticketId + "/panel")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .with(TestAccounts.signedIn("admin", Role.ADMIN))
                .exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .getElementById("sla-panel");
    }
}
