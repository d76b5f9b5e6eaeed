package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Tickets name CIs: the htmx card on the ticket page, the API, and the CI page's ticket list. */
@KeelIntegrationTest
class CmdbTicketLinksIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    TicketManagement tickets;

    CmdbApiSupport api;
    UserSummary admin;
    TicketView ticket;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
        admin = directory.findUser("admin").orElseThrow();
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        ticket = tickets.open(
                new OpenTicket(
                        TicketType.INCIDENT,
                        "ERP 打不开",
                        "登录超时",
                        Channel.PORTAL,
                        null,
                        Impact.MINOR,
                        Urgency.MEDIUM,
                        requester.id()),
                requester.id());
    }

    static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAgentFindsAndLinksACiFromTheTicketPage() {
        String marker = TestAccounts.uniqueName("erp-db");
        long ci = api.ci("database", marker, "\"attributes\":{\"engine\":\"oracle\"}");
        var page = mvc.get()
                .uri("/workspace/tickets/" + ticket.id())
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(page)).contains("/workspace/cmdb/tickets/" + ticket.id() + "/panel");

        var picker = mvc.get()
                .uri("/workspace/cmdb/tickets/" + ticket.id() + "/picker?q=" + marker.toUpperCase())
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(picker)).contains("link-ci-" + ci, marker);

        var linked = mvc.post()
                .uri("/workspace/cmdb/tickets/" + ticket.id() + "/link")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("ciId", Long.toString(ci))
                .exchange();
        assertThat(linked).hasStatusOk();
        assertThat(html(linked)).contains("data-ci-linked=\"" + ci + "\"");

        var ciPage = mvc.get()
                .uri("/workspace/cmdb/cis/" + ci)
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(ciPage)).contains(ticket.number(), "ERP 打不开");

        var unlinked = mvc.post()
                .uri("/workspace/cmdb/tickets/" + ticket.id() + "/unlink")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("ciId", Long.toString(ci))
                .exchange();
        assertThat(html(unlinked)).doesNotContain("data-ci-linked=\"" + ci + "\"");
    }

    @Test
    void badLinksAreRefusedAndHiddenTicketsAreNotFound() {
        var garbage = mvc.post()
                .uri("/workspace/cmdb/tickets/" + ticket.id() + "/link")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(java.util.Locale.ENGLISH)
                .param("ciId", "abc")
                .exchange();
        assertThat(html(garbage)).contains("No such configuration item.");
        long retired = api.ci("server", "retired", "");
        api.ok(
                api.send(
                        "POST",
                        CmdbApiSupport.AGENT,
                        "/api/v1/cmdb/cis/" + retired + "/status",
                        "{\"status\":\"RETIRED\"}"),
                200);
        var toRetired = mvc.post()
                .uri("/workspace/cmdb/tickets/" + ticket.id() + "/link")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(java.util.Locale.ENGLISH)
                .param("ciId", Long.toString(retired))
                .exchange();
        assertThat(html(toRetired)).contains("is retired");

        UserSummary stranger = TestAccounts.user(accounts, Role.AGENT);
        assertThat(mvc.get()
                        .uri("/workspace/cmdb/tickets/" + ticket.id() + "/panel")
                        .with(KeelPrincipals.signedIn(stranger)))
                .hasStatus(404);
    }

    @Test
    void theApiLinksAndListsCisOfATicket() {
        long ci = api.ci("application", "api-link", "");
        assertThat(api.send(
                        "POST",
                        CmdbApiSupport.ADMIN,
                        "/api/v1/cmdb/tickets/" + ticket.id() + "/cis",
                        "{\"ciId\":" + ci + "}"))
                .hasStatus(204);
        assertThat(api.ok(
                                api.send(
                                        "GET",
                                        CmdbApiSupport.ADMIN,
                                        "/api/v1/cmdb/tickets/" + ticket.id() + "/cis",
                                        ""),
                                200)
                        .toString())
                .contains(Long.toString(ci));
        assertThat(api.send("POST", CmdbApiSupport.ADMIN, "/api/v1/cmdb/tickets/" + ticket.id() + "/cis", "{}"))
                .hasStatus(422);
        assertThat(api.send(
                        "POST", CmdbApiSupport.ADMIN, "/api/v1/cmdb/tickets/987654321/cis", "{\"ciId\":" + ci + "}"))
                .hasStatus(404);
    }
}
