package dev.keel.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.ApiScope;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service-desk REST API end to end, as the demo requester, agent and administrator use it. */
@KeelIntegrationTest
class TicketApiIntegrationTests {

    static final String REQUESTER = "Bearer keel_demo_requester_2026";
    static final String AGENT = "Bearer keel_demo_agent_2026";
    static final String ADMIN = "Bearer keel_demo_admin_2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Value("${keel.attachments-dir:${keel.data-dir}/attachments}")
    String attachmentsDir;

    // --- helpers ---------------------------------------------------------------------------------

    String tokenOf(String username) {
        return "Bearer "
                + tokens.issue(username, "api test", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 1, Actor.SYSTEM)
                        .secret();
    }

    long userId(String username) {
        return directory.findUser(username).orElseThrow().id();
    }

    long groupId(String code) {
        return directory.groupsOf(userId(code.equals("SEC") ? "sun.jie" : "zhou.min")).stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MvcTestResult post(String bearer, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode ok(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status);
        return body(result);
    }

    long open(String bearer, String title) {
        return ok(post(bearer, "/api/v1/tickets", "{\"title\":\"" + title + "\",\"description\":\"打印机坏了\"}"), 201)
                .get("id")
                .asLong();
    }

    JsonNode transition(String bearer, long id, String body, int status) {
        return ok(post(bearer, "/api/v1/tickets/" + id + "/transitions", body), status);
    }

    List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    // --- the journey -----------------------------------------------------------------------------

    @Test
    void requesterOpensAgentResolvesRequesterAcceptsAndRates() {
        var created = post(
                REQUESTER,
                "/api/v1/tickets",
                "{\"title\":\"" + unique("VPN down") + "\",\"description\":\"无法连接 VPN\",\"urgency\":\"HIGH\"}");
        JsonNode ticket = ok(created, 201);
        long id = ticket.get("id").asLong();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/tickets/" + id);
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("channel").asString()).isEqualTo("API");
        assertThat(ticket.get("requesterId").asLong()).isEqualTo(userId("zhang.san"));

        JsonNode claimed = ok(post(AGENT, "/api/v1/tickets/" + id + "/claim", "{}"), 200);
        assertThat(claimed.get("assigneeId").asLong()).isEqualTo(userId("li.na"));
        assertThat(claimed.get("status").asString()).isEqualTo("ASSIGNED");
        long version = claimed.get("version").asLong();
        transition(AGENT, id, "{\"action\":\"START\",\"version\":" + version + "}", 200);
        ok(
                post(
                        AGENT,
                        "/api/v1/tickets/" + id + "/comments",
                        "{\"body\":\"正在处理 — on it\",\"timeSpentMinutes\":5}"),
                201);
        ok(
                post(
                        AGENT,
                        "/api/v1/tickets/" + id + "/comments",
                        "{\"kind\":\"INTERNAL_NOTE\",\"body\":\"cert expired\"}"),
                201);
        JsonNode resolved = transition(
                AGENT,
                id,
                "{\"action\":\"RESOLVE\",\"resolutionCode\":\"SOLVED\",\"resolutionNotes\":\"Renewed the certificate\"}",
                200);
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("firstResponseAt").isNull()).isFalse();

        assertThat(texts(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/comments"), 200), "kind"))
                .containsExactly("PUBLIC_REPLY");
        assertThat(transition(REQUESTER, id, "{\"action\":\"ACCEPT\"}", 200)
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");
        JsonNode rated =
                ok(post(REQUESTER, "/api/v1/tickets/" + id + "/rating", "{\"stars\":5,\"comment\":\"很快\"}"), 200);
        assertThat(rated.get("rating").asInt()).isEqualTo(5);

        List<String> history = new ArrayList<>();
        ok(get(REQUESTER, "/api/v1/tickets/" + id + "/history"), 200)
                .forEach(h -> history.add(
                        h.get("field").asString() + ":" + h.get("newValue").asString()));
        assertThat(history)
                .contains(
                        "status:NEW",
                        "assignee:" + userId("li.na"),
                        "status:ASSIGNED",
                        "status:IN_PROGRESS",
                        "status:RESOLVED",
                        "status:CLOSED",
                        "rating:5");
        assertThat(texts(ok(get(AGENT, "/api/v1/tickets/" + id + "/comments"), 200), "kind"))
                .containsExactly("PUBLIC_REPLY", "INTERNAL_NOTE");
    }

    @Test
    void aTicketCanBeReadByItsNumber() {
        long id = open(REQUESTER, unique("By number"));
        String number =
                ok(get(REQUESTER, "/api/v1/tickets/" + id), 200).get("number").asString();

        assertThat(ok(get(REQUESTER, "/api/v1/tickets/" + number), 200)
                        .get("id")
                        .asLong())
                .isEqualTo(id);
        assertThat(get(REQUESTER, "/api/v1/tickets/INC-00000000-999999")).hasStatus(404);
        assertThat(get(REQUESTER, "/api/v1/tickets/99999999999999999999")).hasStatus(404);
    }

    // --- idempotency -----------------------------------------------------------------------------

    @Test
    void theSameIdempotencyKeyOpensOneTicketPerUser() {
        String key = UUID.randomUUID().toString();
        String title = unique("Idempotent");
        String body = "{\"title\":\"" + title + "\",\"description\":\"d\"}";
        String alice = tokenOf("alice.wu");

        var first = mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, REQUESTER)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        var retry = mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, REQUESTER)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        var otherUser = mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, alice)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();

        long firstId = ok(first, 201).get("id").asLong();
        assertThat(ok(retry, 200).get("id").asLong()).isEqualTo(firstId);
        assertThat(ok(otherUser, 201).get("id").asLong()).isNotEqualTo(firstId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title))
                .isEqualTo(2);
    }

    // --- bad input and conflicts -----------------------------------------------------------------

    @Test
    void anIllegalTransitionIsA409AndChangesNothing() {
        long id = open(REQUESTER, unique("Illegal"));
        JsonNode before = ok(get(AGENT, "/api/v1/tickets/" + id), 200);
        int historyBefore =
                ok(get(AGENT, "/api/v1/tickets/" + id + "/history"), 200).size();

        JsonNode problem = ok(
                post(
                        AGENT,
                        "/api/v1/tickets/" + id + "/transitions",
                        "{\"action\":\"START\",\"version\":"
                                + before.get("version").asLong() + "}"),
                409);

        assertThat(problem.get("type").asString()).endsWith("/illegal-transition");
        assertThat(problem.get("detail").asString()).isEqualTo("You cannot start work on a ticket that is new.");
        JsonNode after = ok(get(AGENT, "/api/v1/tickets/" + id), 200);
        assertThat(after.get("status").asString()).isEqualTo("NEW");
        assertThat(after.get("version").asLong())
                .isEqualTo(before.get("version").asLong());
        assertThat(ok(get(AGENT, "/api/v1/tickets/" + id + "/history"), 200).size())
                .isEqualTo(historyBefore);
    }

    @Test
    void illegalTransitionDetailIsLocalised() {
        long id = open(REQUESTER, unique("Localised"));

        var refused = mvc.post()
                .uri("/api/v1/tickets/" + id + "/transitions")
                .header(HttpHeaders.AUTHORIZATION, AGENT)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"RESUME\"}")
                .exchange();

        JsonNode problem = ok(refused, 409);
        assertThat(problem.get("type").asString()).isEqualTo("https://keel.dev/problems/illegal-transition");
        assertThat(problem.get("detail").asString()).contains("恢复").doesNotContain("{");
    }

    @Test
    void missingFieldsAndUnknownCategoryAre422AndOpenNothing() {
        String title = unique("Unknown category");

        JsonNode missing = ok(post(REQUESTER, "/api/v1/tickets", "{\"description\":\" \"}"), 422);
        JsonNode unknown = ok(
                post(
                        REQUESTER,
                        "/api/v1/tickets",
                        "{\"title\":\"" + title + "\",\"description\":\"d\",\"categoryId\":987654321}"),
                422);

        assertThat(texts(missing.get("errors"), "field")).containsExactlyInAnyOrder("title", "description");
        assertThat(texts(unknown.get("errors"), "field")).containsExactly("categoryId");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title))
                .isZero();
    }

    @Test
    void requestersCannotChooseRequesterOrAgentChannels() {
        String title = unique("Phone call");

        assertThat(post(
                        REQUESTER,
                        "/api/v1/tickets",
                        "{\"title\":\"" + title + "\",\"description\":\"d\",\"channel\":\"PHONE\"}"))
                .hasStatus(422);
        assertThat(post(
                        REQUESTER,
                        "/api/v1/tickets",
                        "{\"title\":\"" + title + "\",\"description\":\"d\",\"requesterId\":" + userId("alice.wu")
                                + "}"))
                .hasStatus(422);
        JsonNode logged = ok(
                post(
                        AGENT,
                        "/api/v1/tickets",
                        "{\"title\":\"" + title + "\",\"description\":\"d\",\"channel\":\"PHONE\",\"requesterId\":"
                                + userId("alice.wu") + "}"),
                201);

        assertThat(logged.get("channel").asString()).isEqualTo("PHONE");
        assertThat(logged.get("requesterId").asLong()).isEqualTo(userId("alice.wu"));
        assertThat(logged.get("createdBy").asLong()).isEqualTo(userId("li.na"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title))
                .isEqualTo(1);
    }

    @Test
    void resolvingWithoutNotesIs422AndStaleReclassificationIs409() {
        long id = open(REQUESTER, unique("Needs notes"));
        JsonNode claimed = ok(post(AGENT, "/api/v1/tickets/" + id + "/claim", ""), 200);

        JsonNode problem = transition(AGENT, id, "{\"action\":\"RESOLVE\",\"resolutionCode\":\"SOLVED\"}", 422);
        assertThat(texts(problem.get("errors"), "field")).containsExactly("resolutionNotes");

        long version = claimed.get("version").asLong();
        var patched = mvc.patch()
                .uri("/api/v1/tickets/" + id)
                .header(HttpHeaders.AUTHORIZATION, AGENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"impact\":\"EXTENSIVE\",\"urgency\":\"CRITICAL\",\"version\":" + version + "}")
                .exchange();
        assertThat(ok(patched, 200).get("priority").asString()).isEqualTo("P1");
        var stale = mvc.patch()
                .uri("/api/v1/tickets/" + id)
                .header(HttpHeaders.AUTHORIZATION, AGENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"late\",\"version\":" + version + "}")
                .exchange();
        assertThat(ok(stale, 409).get("type").asString()).endsWith("/stale");
        JsonNode now = ok(get(AGENT, "/api/v1/tickets/" + id), 200);
        assertThat(now.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(now.get("title").asString()).isNotEqualTo("late");
    }

    // --- visibility ------------------------------------------------------------------------------

    @Test
    void anotherRequestersTicketIsNotFound() {
        String alice = tokenOf("alice.wu");
        long id = open(alice, unique("Alice's laptop"));
        String number =
                ok(get(alice, "/api/v1/tickets/" + id), 200).get("number").asString();

        assertThat(get(REQUESTER, "/api/v1/tickets/" + id)).hasStatus(404);
        assertThat(get(REQUESTER, "/api/v1/tickets/" + number)).hasStatus(404);
        assertThat(get(REQUESTER, "/api/v1/tickets/" + id + "/comments")).hasStatus(404);
        assertThat(get(REQUESTER, "/api/v1/tickets/" + id + "/history")).hasStatus(404);
        assertThat(get(REQUESTER, "/api/v1/tickets/" + id + "/attachments")).hasStatus(404);
        assertThat(post(REQUESTER, "/api/v1/tickets/" + id + "/comments", "{\"body\":\"hi\"}"))
                .hasStatus(404);
        assertThat(post(REQUESTER, "/api/v1/tickets/" + id + "/transitions", "{\"action\":\"CANCEL\"}"))
                .hasStatus(404);
        assertThat(ok(get(REQUESTER, "/api/v1/tickets?limit=200"), 200)
                        .get("items")
                        .findValuesAsString("title"))
                .doesNotContain("Alice's laptop");
        assertThat(ok(get(alice, "/api/v1/tickets/" + id + "/comments"), 200).size())
                .isZero();
    }

    @Test
    void requestersNeverSeeOrWriteInternalNotes() {
        long id = open(REQUESTER, unique("Internal"));
        ok(post(AGENT, "/api/v1/tickets/" + id + "/comments", "{\"kind\":\"INTERNAL_NOTE\",\"body\":\"secret\"}"), 201);

        assertThat(post(
                        REQUESTER,
                        "/api/v1/tickets/" + id + "/comments",
                        "{\"kind\":\"INTERNAL_NOTE\",\"body\":\"sneaky\"}"))
                .hasStatus(403);
        assertThat(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/comments"), 200)
                        .size())
                .isZero();
        assertThat(texts(ok(get(AGENT, "/api/v1/tickets/" + id + "/comments"), 200), "body"))
                .containsExactly("secret");
    }

    // --- attachments -----------------------------------------------------------------------------

    MvcTestResult upload(String bearer, long ticketId, MockMultipartFile file, boolean internal) {
        return mvc.post()
                .uri("/api/v1/tickets/" + ticketId + "/attachments")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart()
                .file(file)
                .param("internal", Boolean.toString(internal))
                .exchange();
    }

    int attachmentRows(long ticketId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket_attachment WHERE ticket_id = ?", Integer.class, ticketId);
        return count == null ? -1 : count;
    }

    boolean stored(byte[] content) throws Exception {
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return Files.exists(Path.of(attachmentsDir, sha.substring(0, 2), sha.substring(2, 4), sha));
    }

    @Test
    void attachmentsAreStoredListedAndDownloadedByThoseWhoSeeTheTicket() throws Exception {
        long id = open(REQUESTER, unique("Screenshot"));
        byte[] bytes = ("error log " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        var created = upload(
                REQUESTER,
                id,
                new MockMultipartFile("file", "../../etc/日志.txt", "text/plain; charset=UTF-8", bytes),
                false);
        JsonNode attachment = ok(created, 201);
        long attachmentId = attachment.get("id").asLong();
        assertThat(attachment.get("fileName").asString()).isEqualTo("日志.txt");
        assertThat(attachment.get("contentType").asString()).isEqualTo("text/plain");
        assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(bytes.length);
        assertThat(attachment.get("entryId").isNull()).isTrue();
        assertThat(stored(bytes)).isTrue();

        var download = get(REQUESTER, "/api/v1/tickets/" + id + "/attachments/" + attachmentId);
        assertThat(download).hasStatus(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        assertThat(download.getResponse().getContentType()).startsWith("text/plain");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E6%97%A5%E5%BF%97.txt");
        assertThat(get(AGENT, "/api/v1/tickets/" + id + "/attachments/" + attachmentId))
                .hasStatus(200);
        assertThat(get(tokenOf("alice.wu"), "/api/v1/tickets/" + id + "/attachments/" + attachmentId))
                .hasStatus(404);
        long otherTicket = open(REQUESTER, unique("Other"));
        assertThat(get(REQUESTER, "/api/v1/tickets/" + otherTicket + "/attachments/" + attachmentId))
                .hasStatus(404);
        assertThat(texts(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/history"), 200), "field"))
                .contains("attachment");
    }

    @Test
    void internalAttachmentsAreForAgentsOnly() {
        long id = open(REQUESTER, unique("Internal file"));
        var file = new MockMultipartFile(
                "file", "trace.txt", "text/plain", "stack trace".getBytes(StandardCharsets.UTF_8));

        assertThat(upload(REQUESTER, id, file, true)).hasStatus(403);
        long internal = ok(upload(AGENT, id, file, true), 201).get("id").asLong();

        assertThat(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/attachments"), 200)
                        .size())
                .isZero();
        assertThat(ok(get(AGENT, "/api/v1/tickets/" + id + "/attachments"), 200).size())
                .isEqualTo(1);
        assertThat(get(REQUESTER, "/api/v1/tickets/" + id + "/attachments/" + internal))
                .hasStatus(404);
        assertThat(attachmentRows(id)).isEqualTo(1);
    }

    @Test
    void oversizeForbiddenAndEmptyFilesAreRefusedAndNothingIsStored() throws Exception {
        long id = open(REQUESTER, unique("Too big"));
        JsonNode before = ok(get(REQUESTER, "/api/v1/tickets/" + id), 200);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = 42;
        byte[] html = ("<script>alert(1)</script>" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        JsonNode tooLarge =
                ok(upload(REQUESTER, id, new MockMultipartFile("file", "big.pdf", "application/pdf", big), false), 422);
        JsonNode wrongType =
                ok(upload(REQUESTER, id, new MockMultipartFile("file", "x.html", "text/html", html), false), 422);
        JsonNode empty = ok(
                upload(REQUESTER, id, new MockMultipartFile("file", "e.txt", "text/plain", new byte[0]), false), 422);

        assertThat(tooLarge.get("errors").get(0).get("message").asString()).isEqualTo("The file is larger than 10 MB.");
        assertThat(wrongType.get("errors").get(0).get("message").asString())
                .isEqualTo("Files of type text/html are not accepted.");
        assertThat(empty.get("errors").get(0).get("message").asString()).isEqualTo("The file is empty.");
        assertThat(attachmentRows(id)).isZero();
        assertThat(stored(big)).isFalse();
        assertThat(stored(html)).isFalse();
        JsonNode after = ok(get(REQUESTER, "/api/v1/tickets/" + id), 200);
        assertThat(after.get("updatedAt").asString())
                .isEqualTo(before.get("updatedAt").asString());
        assertThat(texts(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/history"), 200), "field"))
                .doesNotContain("attachment");
    }

    // --- lists -----------------------------------------------------------------------------------

    @Test
    void listsArePagedByKeyFilteredAndLimitedToWhatTheCallerSees() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);
        String bearer = "Bearer " + TestAccounts.token(tokens, user, ApiScope.READ, ApiScope.WRITE);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(open(bearer, unique("Listed " + i)));
        }
        ok(post(AGENT, "/api/v1/tickets/" + ids.get(0) + "/claim", ""), 200);

        JsonNode first = ok(get(bearer, "/api/v1/tickets?limit=2"), 200);
        JsonNode second = ok(
                get(
                        bearer,
                        "/api/v1/tickets?limit=2&cursor="
                                + first.get("nextCursor").asString()),
                200);
        JsonNode third = ok(
                get(
                        bearer,
                        "/api/v1/tickets?limit=2&cursor="
                                + second.get("nextCursor").asString()),
                200);
        List<Long> seen = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("items").forEach(t -> seen.add(t.get("id").asLong()));
        }
        assertThat(seen).containsExactlyElementsOf(ids.reversed());
        assertThat(third.get("nextCursor").isNull()).isTrue();

        JsonNode oldestNew = ok(get(bearer, "/api/v1/tickets?status=NEW&status=PENDING&sort=OLDEST"), 200);
        assertThat(oldestNew.get("items").findValues("id").stream()
                        .map(JsonNode::asLong)
                        .toList())
                .containsExactlyElementsOf(ids.subList(1, 5));
        JsonNode mine = ok(get(AGENT, "/api/v1/tickets?assignee=me&requesterId=" + user.id()), 200);
        assertThat(mine.get("items").findValues("id").stream()
                        .map(JsonNode::asLong)
                        .toList())
                .containsExactly(ids.get(0));
        JsonNode unassigned = ok(
                get(
                        AGENT,
                        "/api/v1/tickets?unassigned=true&requesterId=" + user.id()
                                + "&createdFrom=2020-01-01T00:00:00Z&channel=API&type=INCIDENT"),
                200);
        assertThat(unassigned.get("items").size()).isEqualTo(4);
        JsonNode future =
                ok(get(AGENT, "/api/v1/tickets?requesterId=" + user.id() + "&createdFrom=2999-01-01T00:00:00Z"), 200);
        assertThat(future.get("items").size()).isZero();

        assertThat(get(bearer, "/api/v1/tickets?cursor=@@@")).hasStatus(422);
        assertThat(get(bearer, "/api/v1/tickets?limit=0")).hasStatus(422);
        assertThat(get(bearer, "/api/v1/tickets?status=SLEEPING").getResponse().getStatus())
                .isBetween(400, 422);
        assertThat(get(bearer, "/api/v1/tickets?assignee=him")).hasStatus(422);
        assertThat(ok(get(REQUESTER, "/api/v1/tickets?requesterId=" + user.id()), 200)
                        .get("items")
                        .size())
                .isZero();
    }

    // --- watchers and links ----------------------------------------------------------------------

    @Test
    void watchersAndLinks() {
        long id = open(REQUESTER, unique("Watched"));
        long other = open(REQUESTER, unique("Related"));
        long me = userId("zhang.san");

        assertThat(mvc.put()
                        .uri("/api/v1/tickets/" + id + "/watchers/" + me)
                        .header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatus(204);
        assertThat(mvc.put()
                        .uri("/api/v1/tickets/" + id + "/watchers/" + userId("li.si"))
                        .header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatus(403);
        assertThat(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/watchers/" + me), 200)
                        .get("watching")
                        .asBoolean())
                .isTrue();
        assertThat(ok(get(AGENT, "/api/v1/tickets/" + id + "/watchers"), 200)
                        .get("userIds")
                        .get(0)
                        .asLong())
                .isEqualTo(me);
        assertThat(mvc.delete()
                        .uri("/api/v1/tickets/" + id + "/watchers/" + me)
                        .header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatus(204);
        assertThat(ok(get(REQUESTER, "/api/v1/tickets/" + id + "/watchers"), 200)
                        .get("userIds")
                        .size())
                .isZero();

        assertThat(post(REQUESTER, "/api/v1/tickets/" + id + "/links", "{\"toId\":" + other + ",\"kind\":\"RELATED\"}"))
                .hasStatus(403);
        JsonNode links = ok(
                post(AGENT, "/api/v1/tickets/" + id + "/links", "{\"toId\":" + other + ",\"kind\":\"RELATED\"}"), 201);
        assertThat(links.get(0).get("otherTicketId").asLong()).isEqualTo(other);
        assertThat(ok(get(REQUESTER, "/api/v1/tickets/" + other + "/links"), 200)
                        .get(0)
                        .get("outgoing")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theOpenApiDescriptionListsTheTicketEndpointsAndFilters() {
        JsonNode api = ok(mvc.get().uri("/v3/api-docs").exchange(), 200);

        assertThat(api.get("paths").has("/api/v1/tickets/{ticket}/transitions")).isTrue();
        assertThat(api.get("paths").has("/api/v1/tickets/{ticket}/attachments/{attachmentId}"))
                .isTrue();
        assertThat(api.get("paths")
                        .get("/api/v1/tickets")
                        .get("get")
                        .get("parameters")
                        .findValuesAsString("name"))
                .contains("status", "assignee", "createdFrom", "sort", "cursor", "limit");
    }
}
