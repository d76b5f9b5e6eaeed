package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.SaveCalendar;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Inputs that once ended in a 500 or were silently bent into something else: each is now a clear 4xx. */
@KeelIntegrationTest
class BadInputIntegrationTests {

    private static final String ADMIN = TestAccounts.bearer("keel_demo_admin_2026");
    private static final String AGENT = TestAccounts.bearer("keel_demo_agent_2026");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Calendars calendars;

    @Autowired
    UserAccounts accounts;

    @Autowired
    dev.keel.identity.domain.ApiTokens tokens;

    private MvcTestResult get(String uri) {
        return mvc.get()
                .uri(java.net.URI.create(uri))
                .header(HttpHeaders.AUTHORIZATION, ADMIN)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
    }

    private MvcTestResult post(String bearer, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static void assertFieldProblem(MvcTestResult result, String field) {
        assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyText().doesNotContain("dev.keel.", "java.", "Exception");
    }

    @Test
    void aCreationDateBeyondYear9999IsAFieldProblem() {
        assertFieldProblem(get("/api/v1/tickets?createdFrom=%2B999999999-12-31T23:59:59Z"), "createdFrom");
        assertFieldProblem(get("/api/v1/tickets?createdTo=%2B999999999-12-31T23:59:59Z"), "createdTo");
        assertFieldProblem(get("/api/v1/tickets?createdFrom=-999999999-01-01T00:00:00Z"), "createdFrom");
    }

    @Test
    void aSearchDateBeyondYear9999IsAFieldProblem() {
        assertFieldProblem(get("/api/v1/search?q=printer&to=%2B999999999-12-31"), "to");
        assertFieldProblem(get("/api/v1/search?q=printer&from=-999999999-01-01"), "from");
    }

    @Test
    void anUnknownEnumFilterNamesTheParameterAndTheAllowedValuesWithoutJavaTypes() {
        var result = get("/api/v1/tickets?status=FOO");

        assertFieldProblem(result, "status");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("NEW", "RESOLVED", "CLOSED");
        assertFieldProblem(get("/api/v1/tickets?assigneeId=abc"), "assigneeId");
        assertFieldProblem(get("/api/v1/tickets?limit=1.5"), "limit");
    }

    @Test
    void aNullAmongTheReviewersIsAFieldProblem() {
        var result = post(
                AGENT, "/api/v1/knowledge/articles/1/transitions", "{\"action\":\"SUBMIT\",\"reviewerIds\":[null]}");

        assertFieldProblem(result, "reviewerIds[0]");
    }

    @Test
    void anIcsWithAnUnknownTimeZoneIsAFieldProblemAndImportsNothing() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (var d : DayOfWeek.values()) {
            week.put(d, d.getValue() <= 5 ? "09:00-17:00" : "");
        }
        long id = calendars
                .create(
                        new SaveCalendar(TestAccounts.uniqueName("Olympus"), "Asia/Shanghai", week, "test"),
                        Actor.SYSTEM)
                .id();
        String ics = "BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nPRODID:-//test//EN\\r\\nBEGIN:VEVENT\\r\\nUID:1\\r\\n"
                + "DTSTAMP:20260101T000000Z\\r\\nDTSTART;TZID=Mars/Olympus:20261001T090000\\r\\n"
                + "DTEND;TZID=Mars/Olympus:20261001T120000\\r\\nSUMMARY:Dust storm\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n";
        String body = "{\"format\":\"ics\",\"content\":\"" + ics + "\"}";

        assertFieldProblem(post(ADMIN, "/api/v1/sla/calendars/" + id + "/import/preview", body), "file");
        assertFieldProblem(post(ADMIN, "/api/v1/sla/calendars/" + id + "/import", body), "file");
        assertThat(calendars.days(id, null)).isEmpty();
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsAFieldProblemAndChangesNothing() {
        String username = TestAccounts.uniqueName("frac");
        var result = post(
                ADMIN,
                "/api/v1/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Fraction\",\"email\":\"" + username
                        + "@test.example\",\"password\":\"Test-Password-2026\",\"organisationId\":1.5,"
                        + "\"roles\":[\"REQUESTER\"]}");

        assertFieldProblem(result, "organisationId");
        assertThat(accounts.loginView(username)).isEmpty();
        assertFieldProblem(
                post(ADMIN, "/api/v1/users", "{\"username\":\"x\",\"organisationId\":\"4\"}"), "organisationId");
    }

    @Test
    void anIdMustBeWrittenCanonically() throws Exception {
        long user =
                TestAccounts.user(accounts, dev.keel.identity.Role.REQUESTER).id();
        var opened = post(ADMIN, "/api/v1/tickets", "{\"title\":\"Canonical ids\",\"description\":\"d\"}");
        assertThat(opened).hasStatus(201);
        String ticket = opened.getResponse().getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
        assertThat(get("/api/v1/users/" + user)).hasStatusOk();
        assertThat(get("/api/v1/tickets/" + ticket)).hasStatusOk();

        for (String spelling : new String[] {"000%s", "%%2B%s", "%%20%s", "0x%s", "%s%%20"}) {
            var result = get("/api/v1/users/" + spelling.formatted(user));
            assertThat(result.getResponse().getStatus()).as(spelling).isIn(400, 404);
            assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            var ticketResult = get("/api/v1/tickets/" + spelling.formatted(ticket));
            assertThat(ticketResult.getResponse().getStatus())
                    .as("ticket " + spelling)
                    .isIn(400, 404);
            assertThat(ticketResult).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        String fullWidth = ticket.chars()
                .mapToObj(c -> Character.toString(c - '0' + 0xFF10))
                .reduce("", String::concat);
        assertThat(get("/api/v1/tickets/"
                                + java.net.URLEncoder.encode(fullWidth, java.nio.charset.StandardCharsets.UTF_8))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertFieldProblem(get("/api/v1/users?limit=0010"), "limit");
    }

    @Test
    void singleLineFieldsLoseControlAndBidiCharactersAndMultiLineFieldsKeepTheirLines() throws Exception {
        String title = "Drucker\\u0000 kaputt\\r\\n\\u202Eexe.txt 打印机 😀";
        String description = "第一行\\r\\n第二行\\u0007\\tEnde";
        var opened =
                post(ADMIN, "/api/v1/tickets", "{\"title\":\"" + title + "\",\"description\":\"" + description + "\"}");

        assertThat(opened).hasStatus(201);
        assertThat(opened).bodyJson().extractingPath("$.title").isEqualTo("Drucker kaputt  exe.txt 打印机 😀");
        assertThat(opened).bodyJson().extractingPath("$.description").isEqualTo("第一行\n第二行\tEnde");
    }

    @Test
    void aRequesterCannotMintATokenWithTheAdminScope() {
        var requester = TestAccounts.user(accounts, dev.keel.identity.Role.REQUESTER);
        String bearer = TestAccounts.bearer(TestAccounts.token(
                tokens, requester, dev.keel.identity.ApiScope.READ, dev.keel.identity.ApiScope.WRITE));

        assertFieldProblem(
                post(bearer, "/api/v1/me/tokens", "{\"name\":\"sneaky\",\"scopes\":[\"READ\",\"ADMIN\"]}"), "scopes");
        assertThat(tokens.listFor(requester.username())).hasSize(1);
        assertThat(post(ADMIN, "/api/v1/me/tokens", "{\"name\":\"admin\",\"scopes\":[\"READ\",\"ADMIN\"]}"))
                .hasStatus(201);
    }
}
