package dev.keel.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.keel.KeelIntegrationTest;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.TicketType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What search finds, through {@code /api/v1/search}: Chinese words, plurals, typos, highlights, facets. */
@KeelIntegrationTest
class SearchIntegrationTests {

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

    @Test
    void findsAChineseWordFromTheMiddleOfASentence() {
        String m = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "服务器无法连接数据库 " + m, "今天早上开始报错")
                .id();
        long other = fixtures.ticket("zhang.san", TicketType.INCIDENT, "打印机卡纸 " + m, "三楼的打印机")
                .id();

        MvcTestResult result = search("li.na", "数据库 " + m);

        assertThat(ids(result)).containsExactly(id).doesNotContain(other);
        assertThat(string(result, "$.hits[0].snippetHtml")).contains("<mark>数据库</mark>");
        assertThat(ids(search("li.na", "连接数据库 " + m))).containsExactly(id);
    }

    @Test
    void findsAnEnglishPluralAndToleratesATypo() {
        String m = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Printer jams on floor 3 " + m, "paper stuck")
                .id();

        assertThat(ids(search("li.na", "printers " + m))).containsExactly(id);
        assertThat(ids(search("li.na", "pritner " + m))).containsExactly(id);
        assertThat(ids(search("li.na", "scanner " + m))).isEmpty();
    }

    @Test
    void findsTheDescriptionAndTheConversationWithHighlights() {
        String m = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "VPN " + m, "The VPN client shows error 809")
                .id();
        fixtures.entry(id, EntryKind.PUBLIC_REPLY, "请重新安装客户端证书 " + m);

        MvcTestResult description = search("li.na", "error 809 " + m);
        assertThat(ids(description)).containsExactly(id);
        assertThat(string(description, "$.hits[0].snippetHtml")).contains("<mark>809</mark>");
        MvcTestResult reply = search("li.na", "客户端证书 " + m);
        assertThat(ids(reply)).containsExactly(id);
        assertThat(string(reply, "$.hits[0].snippetHtml")).contains("<mark>证书</mark>");
    }

    @Test
    void findsATicketByItsNumber() {
        String m = SearchFixtures.marker();
        var ticket = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Number " + m, "d");

        assertThat(ids(search("zhang.san", ticket.number()))).containsExactly(ticket.id());
    }

    @Test
    void escapesMarkupInSnippetsAndTitles() {
        String m = SearchFixtures.marker();
        fixtures.ticket("zhang.san", TicketType.INCIDENT, "Script " + m, "<script>alert(1)</script> " + m);

        MvcTestResult result = search("li.na", m);
        String snippet = string(result, "$.hits[0].snippetHtml");
        assertThat(snippet).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void countsFacetsAndFiltersByThem() {
        String m = SearchFixtures.marker();
        long incident = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Facet one " + m, "d")
                .id();
        long request = fixtures.ticket("zhang.san", TicketType.SERVICE_REQUEST, "Facet two " + m, "d")
                .id();

        MvcTestResult all = search("li.na", m);
        assertThat(ids(all)).containsExactlyInAnyOrder(incident, request);
        assertThat(facetCount(all, "status", "ASSIGNED")).isEqualTo(2);
        assertThat(facetCount(all, "kind", "ticket")).isEqualTo(2);
        assertThat(facetCount(all, "organisation", String.valueOf(organisationOf(all))))
                .isEqualTo(2);

        MvcTestResult filtered = get("li.na", "/api/v1/search?q=" + m + "&status=CLOSED");
        assertThat(ids(filtered)).isEmpty();
        MvcTestResult assigned = get("li.na", "/api/v1/search?q=" + m + "&status=ASSIGNED&status=NEW");
        assertThat(ids(assigned)).hasSize(2);
        assertThat(ids(get("li.na", "/api/v1/search?q=" + m + "&status=NOPE"))).isEmpty();
        assertThat(ids(get("li.na", "/api/v1/search?q=" + m + "&from=2000-01-01&to=2001-01-01")))
                .isEmpty();
        assertThat(ids(get("li.na", "/api/v1/search?q=" + m + "&from=2000-01-01")))
                .hasSize(2);
    }

    @Test
    void badQueriesGetClearErrorsAndSyntaxCharactersAreWords() {
        String m = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "C++ (build) fails: " + m, "d")
                .id();

        assertThat(get("li.na", "/api/v1/search?q=")).hasStatus(422).bodyText().contains("q");
        assertThat(mvc.get()
                        .uri("/api/v1/search")
                        .param("q", "   ")
                        .header(HttpHeaders.AUTHORIZATION, fixtures.bearer("li.na")))
                .hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=" + "x".repeat(10_000))).hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=a&limit=abc")).hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=a&limit=500")).hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=a&page=9999")).hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=a&from=yesterday")).hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=a&from=2026-02-01&to=2026-01-01"))
                .hasStatus(422);
        assertThat(get("li.na", "/api/v1/search?q=a&kind=nothing")).hasStatus(422);
        for (String q : List.of(
                "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                "\"unbalanced",
                "title:x AND",
                "*",
                "a~2",
                "(",
                "\\",
                "/regex/")) {
            assertThat(mvc.get()
                            .uri("/api/v1/search")
                            .param("q", q)
                            .header(HttpHeaders.AUTHORIZATION, fixtures.bearer("li.na")))
                    .as(q)
                    .hasStatusOk();
        }
        assertThat(ids(search("li.na", "C++ (build) " + m))).containsExactly(id);
    }

    @Test
    void pagesThroughResults() {
        String m = SearchFixtures.marker();
        for (int i = 0; i < 3; i++) {
            fixtures.ticket("zhang.san", TicketType.INCIDENT, "Paged " + i + " " + m, "d");
        }
        MvcTestResult first = get("li.na", "/api/v1/search?q=" + m + "&limit=2");
        MvcTestResult second = get("li.na", "/api/v1/search?q=" + m + "&limit=2&page=1");

        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(JsonPath.<Boolean>read(
                        first.getResponse().getContentAsByteArray().length > 0 ? body(first) : "{}", "$.hasNext"))
                .isTrue();
        assertThat(JsonPath.<Integer>read(body(first), "$.total")).isEqualTo(3);
    }

    private MvcTestResult search(String username, String q) {
        return mvc.get()
                .uri("/api/v1/search")
                .param("q", q)
                .param("limit", "50")
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(username))
                .exchange();
    }

    private MvcTestResult get(String username, String uri) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(username))
                .exchange();
    }

    static List<Long> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        List<Number> ids = JsonPath.read(body(result), "$.hits[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    private static long facetCount(MvcTestResult result, String facet, String value) {
        List<Number> counts = JsonPath.read(
                body(result), "$.facets[?(@.name == '" + facet + "')].values[?(@.value == '" + value + "')].count");
        return counts.isEmpty() ? 0 : counts.get(0).longValue();
    }

    private static long organisationOf(MvcTestResult result) {
        List<Map<String, Object>> values =
                JsonPath.read(body(result), "$.facets[?(@.name == 'organisation')].values[*]");
        return Long.parseLong((String) values.get(0).get("value"));
    }
}
