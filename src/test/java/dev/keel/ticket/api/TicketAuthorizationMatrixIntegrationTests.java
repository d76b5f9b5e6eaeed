package dev.keel.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.identity.ApiScope;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.Tickets;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Role × action × scope for tickets, through the API: who may view, reply to, note on and resolve a
 * ticket of zhang.san (ECM), depending on whose it is and what kind it is. Hidden tickets are 404 for
 * every action; visible tickets a person may not work are 403. The reporter of a security incident follows
 * it as a requester (view and reply), nothing more.
 */
@KeelIntegrationTest
class TicketAuthorizationMatrixIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    UserDirectory directory;

    @Autowired
    ApiTokens tokens;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            caller,     ticket,            view, comment, note, resolve
            zhang.san,  INCIDENT,          200,  201,     403,  403
            zhang.san,  SECURITY_INCIDENT, 200,  201,     403,  403
            li.si,      INCIDENT,          200,  201,     403,  403
            alice.wu,   INCIDENT,          404,  404,     404,  404
            li.na,      INCIDENT,          200,  201,     201,  200
            li.na,      SECURITY_INCIDENT, 404,  404,     404,  404
            sun.jie,    SECURITY_INCIDENT, 200,  201,     201,  200
            zhao.qiang, SECURITY_INCIDENT, 404,  404,     404,  404
            admin,      INCIDENT,          200,  201,     201,  200
            admin,      SECURITY_INCIDENT, 200,  201,     201,  200
            """)
    void whoMayDoWhatToWhichTicket(String caller, TicketType type, int view, int comment, int note, int resolve) {
        long id = ticketOfZhangSan(type);
        String bearer = "Bearer "
                + tokens.issue(caller, "matrix", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 1, Actor.SYSTEM)
                        .secret();
        String base = "/api/v1/tickets/" + id;

        assertThat(mvc.get().uri(base).header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(view);
        assertThat(post(bearer, base + "/comments", "{\"kind\":\"PUBLIC_REPLY\",\"body\":\"reply\"}"))
                .hasStatus(comment);
        assertThat(post(bearer, base + "/comments", "{\"kind\":\"INTERNAL_NOTE\",\"body\":\"note\"}"))
                .hasStatus(note);
        assertThat(post(
                        bearer,
                        base + "/transitions",
                        "{\"action\":\"RESOLVE\",\"resolutionCode\":\"SOLVED\",\"resolutionNotes\":\"done\"}"))
                .hasStatus(resolve);
        TicketView after = tickets.find(id).orElseThrow();
        assertThat(after.status().name()).isEqualTo(resolve == 200 ? "RESOLVED" : "ASSIGNED");
    }

    private MockMvcTester.MockMvcRequestBuilder post(String bearer, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /** A ticket of zhang.san, assigned: incidents to the service desk, security incidents to security. */
    private long ticketOfZhangSan(TicketType type) {
        long requester = userId("zhang.san");
        TicketView opened = tickets.open(
                new OpenTicket(type, "Matrix " + type, "d", Channel.PHONE, null, null, null, requester),
                userId("admin"));
        boolean security = type.restricted();
        String groupOwner = security ? "sun.jie" : "zhou.min";
        long group = directory.groupsOf(userId(groupOwner)).stream()
                .filter(g -> g.code().equals(security ? "SEC" : "SD"))
                .findFirst()
                .orElseThrow()
                .id();
        tickets.assign(opened.id(), group, userId(groupOwner), userId("admin"));
        return opened.id();
    }

    private long userId(String username) {
        return directory.findUser(username).orElseThrow().id();
    }
}
