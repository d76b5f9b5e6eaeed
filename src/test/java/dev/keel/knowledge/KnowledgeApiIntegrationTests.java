package dev.keel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.ApiScope;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The knowledge REST API: the review workflow, versions and diff, permissions, votes and deflections. */
@KeelIntegrationTest
class KnowledgeApiIntegrationTests {

    static final String DEMO_AGENT = "Bearer keel_demo_agent_2026";
    static final String DEMO_REQUESTER = "Bearer keel_demo_requester_2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    record Caller(UserSummary user, String bearer) {}

    Caller caller(Role role) {
        UserSummary user = TestAccounts.user(accounts, role);
        return new Caller(user, "Bearer " + TestAccounts.token(tokens, user, ApiScope.READ, ApiScope.WRITE));
    }

    MvcTestResult send(String method, String bearer, String uri, String body) {
        var request = switch (method) {
            case "POST" -> mvc.post().uri(uri);
            case "PUT" -> mvc.put().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> mvc.get().uri(uri);
        };
        return request.header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    JsonNode ok(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status);
        try {
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    long create(Caller writer, String title, String visibility) {
        String body = "{\"title\":\"" + title + "\",\"summary\":\"s\",\"body\":\"第一行\\n第二行\",\"visibility\":\""
                + visibility + "\",\"language\":\"zh-CN\",\"tags\":[\"t1\"]}";
        return ok(send("POST", writer.bearer(), "/api/v1/knowledge/articles", body), 201)
                .get("id")
                .asLong();
    }

    JsonNode transition(Caller caller, long id, String body, int status) {
        return ok(send("POST", caller.bearer(), "/api/v1/knowledge/articles/" + id + "/transitions", body), status);
    }

    long version(Caller caller, long id) {
        return ok(send("GET", caller.bearer(), "/api/v1/knowledge/articles/" + id, ""), 200)
                .get("version")
                .asLong();
    }

    long publish(Caller writer, Caller reviewer, long id) {
        transition(
                writer,
                id,
                "{\"action\":\"SUBMIT\",\"reviewerIds\":[" + reviewer.user().id() + "],\"version\":"
                        + version(writer, id) + "}",
                200);
        return transition(reviewer, id, "{\"action\":\"APPROVE\",\"version\":" + version(reviewer, id) + "}", 200)
                .get("version")
                .asLong();
    }

    @Test
    void anArticleIsReviewedPublishedEditedAndItsVersionsCompared() {
        Caller writer = caller(Role.AGENT);
        Caller reviewer = caller(Role.TEAM_LEAD);
        Caller requester = caller(Role.REQUESTER);
        String title = TestAccounts.uniqueName("打印机");
        long id = create(writer, title, "PUBLIC");

        assertThat(send("GET", requester.bearer(), "/api/v1/knowledge/articles/" + id, ""))
                .hasStatus(404);
        transition(writer, id, "{\"action\":\"APPROVE\"}", 403);
        JsonNode noReviewer = transition(writer, id, "{\"action\":\"SUBMIT\",\"reviewerIds\":[]}", 422);
        assertThat(noReviewer.toString()).contains("reviewerIds");
        JsonNode wrongReviewer = transition(
                writer,
                id,
                "{\"action\":\"SUBMIT\",\"reviewerIds\":[" + requester.user().id() + "]}",
                422);
        assertThat(wrongReviewer.toString()).contains("reviewerIds");

        transition(
                writer,
                id,
                "{\"action\":\"SUBMIT\",\"reviewerIds\":[" + reviewer.user().id() + "]}",
                200);
        JsonNode illegal = transition(writer, id, "{\"action\":\"ARCHIVE\"}", 409);
        assertThat(illegal.get("type").asString()).endsWith("illegal-transition");
        Caller otherReviewer = caller(Role.TEAM_LEAD);
        transition(otherReviewer, id, "{\"action\":\"APPROVE\"}", 403);
        JsonNode published = transition(reviewer, id, "{\"action\":\"APPROVE\"}", 200);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(1);

        JsonNode seen = ok(send("GET", requester.bearer(), "/api/v1/knowledge/articles/" + id, ""), 200);
        assertThat(seen.get("title").asString()).isEqualTo(title);

        long v = published.get("version").asLong();
        String edit = "{\"title\":\"" + title + " v2\",\"body\":\"第一行\\n第二行已改\",\"visibility\":\"PUBLIC\",\"version\":";
        ok(send("PUT", writer.bearer(), "/api/v1/knowledge/articles/" + id, edit + v + "}"), 200);
        JsonNode stale = ok(send("PUT", writer.bearer(), "/api/v1/knowledge/articles/" + id, edit + v + "}"), 409);
        assertThat(stale.get("type").asString()).endsWith("stale");

        JsonNode stillPublished = ok(send("GET", requester.bearer(), "/api/v1/knowledge/articles/" + id, ""), 200);
        assertThat(stillPublished.get("title").asString()).isEqualTo(title);
        assertThat(stillPublished.get("status").asString()).isEqualTo("DRAFT");

        JsonNode versions = ok(send("GET", writer.bearer(), "/api/v1/knowledge/articles/" + id + "/versions", ""), 200);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("versionNo").asInt()).isEqualTo(2);
        JsonNode diff =
                ok(send("GET", writer.bearer(), "/api/v1/knowledge/articles/" + id + "/diff?from=1&to=2", ""), 200);
        List<String> kinds = new ArrayList<>();
        diff.forEach(
                l -> kinds.add(l.get("kind").asString() + ":" + l.get("text").asString()));
        assertThat(kinds).contains("REMOVED:第二行", "ADDED:第二行已改", "ADDED:# " + title + " v2");

        assertThat(send("GET", requester.bearer(), "/api/v1/knowledge/articles/" + id + "/versions", ""))
                .hasStatus(404);
    }

    @Test
    void requestersNeverSeeInternalOrUnpublishedArticles() {
        Caller writer = caller(Role.AGENT);
        Caller reviewer = caller(Role.TEAM_LEAD);
        String marker = TestAccounts.uniqueName("内部");
        long internal = create(writer, marker + " internal", "INTERNAL");
        publish(writer, reviewer, internal);
        long draft = create(writer, marker + " draft", "PUBLIC");

        assertThat(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/articles/" + internal, ""))
                .hasStatus(404);
        assertThat(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/articles/" + draft, ""))
                .hasStatus(404);
        assertThat(send(
                        "PUT",
                        DEMO_REQUESTER,
                        "/api/v1/knowledge/articles/" + internal + "/vote",
                        "{\"helpful\":true}"))
                .hasStatus(404);

        JsonNode list = ok(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/articles?limit=200", ""), 200);
        list.get("items").forEach(a -> {
            assertThat(a.get("visibility").asString()).isEqualTo("PUBLIC");
            assertThat(a.get("publishedVersion").isNull()).isFalse();
        });
        JsonNode suggestions =
                ok(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=" + marker + "&limit=20", ""), 200);
        assertThat(suggestions.toString()).doesNotContain(marker);
        JsonNode agentSuggestions =
                ok(send("GET", writer.bearer(), "/api/v1/knowledge/suggestions?q=" + marker + "&limit=20", ""), 200);
        assertThat(agentSuggestions.toString()).contains(marker + " internal").doesNotContain(marker + " draft");

        assertThat(send("POST", DEMO_REQUESTER, "/api/v1/knowledge/articles", "{\"title\":\"x\",\"body\":\"y\"}"))
                .hasStatus(403);
    }

    @Test
    void chineseAndEnglishTextFindTheDemoArticles() {
        JsonNode chinese = ok(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=无法连接数据库", ""), 200);
        assertThat(chinese.get(0).get("title").asString()).isEqualTo("无法连接数据库怎么办");
        JsonNode english = ok(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=printer", ""), 200);
        assertThat(english.toString()).contains("Printers show offline");
    }

    @Test
    void oddQueriesGetAnswersNotErrors() {
        assertThat(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=", ""))
                .hasStatus(200);
        assertThat(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=%22*%3A(%5B%25_!", ""))
                .hasStatus(200);
        assertThat(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=" + "数据库".repeat(3400), ""))
                .hasStatus(200);
        assertThat(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/suggestions?q=x&limit=0", ""))
                .hasStatus(422);
        assertThat(send("POST", DEMO_AGENT, "/api/v1/knowledge/articles", "{\"title\":\"\",\"body\":\"\"}"))
                .hasStatus(422);
        assertThat(send("POST", DEMO_AGENT, "/api/v1/knowledge/articles/1/transitions", "{\"action\":\"FLY\"}"))
                .hasStatus(422);
        assertThat(send("GET", DEMO_AGENT, "/api/v1/knowledge/articles/999999999", ""))
                .hasStatus(404);
    }

    @Test
    void votesAreOnePerUserAndDeflectionsAreCounted() {
        Caller writer = caller(Role.AGENT);
        Caller reviewer = caller(Role.TEAM_LEAD);
        Caller requester = caller(Role.REQUESTER);
        long id = create(writer, TestAccounts.uniqueName("vote"), "PUBLIC");
        publish(writer, reviewer, id);
        String uri = "/api/v1/knowledge/articles/" + id;

        ok(send("PUT", requester.bearer(), uri + "/vote", "{\"helpful\":true}"), 200);
        JsonNode counts = ok(send("PUT", requester.bearer(), uri + "/vote", "{\"helpful\":true}"), 200);
        assertThat(counts.get("helpful").asLong()).isEqualTo(1);
        counts = ok(send("PUT", requester.bearer(), uri + "/vote", "{\"helpful\":false}"), 200);
        assertThat(counts.get("helpful").asLong()).isZero();
        assertThat(counts.get("unhelpful").asLong()).isEqualTo(1);
        assertThat(send("PUT", requester.bearer(), uri + "/vote", "{}")).hasStatus(422);

        ok(send("POST", requester.bearer(), uri + "/deflections", "{\"query\":\"打印机不工作\"}"), 201);
        JsonNode after = ok(send("GET", writer.bearer(), uri + "/counts", ""), 200);
        assertThat(after.get("deflections").asLong()).isEqualTo(1);
    }
}
