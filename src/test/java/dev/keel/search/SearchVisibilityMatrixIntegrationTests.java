package dev.keel.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.keel.KeelIntegrationTest;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.TicketType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who finds what: a ticket of zhang.san (ECM) with a word in its title, another in a public reply and
 * a third in an internal note, searched by each kind of caller. Mirrors the ticket module's
 * authorisation matrix: whoever may not open the ticket finds nothing (total 0, so counts reveal
 * nothing), and only agents match internal notes.
 */
@KeelIntegrationTest
class SearchVisibilityMatrixIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    SearchFixtures fixtures;

    @Autowired
    void fixtures(
            dev.keel.ticket.domain.Tickets tickets,
            dev.keel.identity.UserDirectory users,
            dev.keel.identity.domain.ApiTokens tokens) {
        this.fixtures = new SearchFixtures(tickets, users, tokens);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            caller,     ticket,            title, reply, note
            zhang.san,  INCIDENT,          1,     1,     0
            zhang.san,  SECURITY_INCIDENT, 0,     0,     0
            li.si,      INCIDENT,          1,     1,     0
            alice.wu,   INCIDENT,          0,     0,     0
            li.na,      INCIDENT,          1,     1,     1
            li.na,      SECURITY_INCIDENT, 0,     0,     0
            sun.jie,    SECURITY_INCIDENT, 1,     1,     1
            zhao.qiang, SECURITY_INCIDENT, 0,     0,     0
            he.ping,    INCIDENT,          0,     0,     0
            admin,      INCIDENT,          1,     1,     1
            admin,      SECURITY_INCIDENT, 1,     1,     1
            """)
    void whoFindsWhichPartOfWhichTicket(String caller, TicketType type, int title, int reply, int note) {
        String inTitle = SearchFixtures.marker();
        String inReply = SearchFixtures.marker();
        String inNote = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", type, "数据库 " + inTitle, "description")
                .id();
        fixtures.entry(id, EntryKind.PUBLIC_REPLY, "已重启服务 " + inReply);
        fixtures.entry(id, EntryKind.INTERNAL_NOTE, "内部备注 " + inNote);

        assertThat(found(caller, inTitle)).as("title").isEqualTo(title);
        assertThat(found(caller, inReply)).as("public reply").isEqualTo(reply);
        assertThat(found(caller, inNote)).as("internal note").isEqualTo(note);
    }

    private int found(String caller, String word) {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/search")
                .param("q", word)
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(caller))
                .exchange();
        assertThat(result).hasStatusOk();
        String body = SearchIntegrationTests.body(result);
        int total = JsonPath.<Integer>read(body, "$.total");
        int hits = JsonPath.<java.util.List<Object>>read(body, "$.hits").size();
        assertThat(hits).isEqualTo(total);
        if (total == 0) {
            assertThat(body).doesNotContain("\"count\":1");
        }
        return total;
    }
}
