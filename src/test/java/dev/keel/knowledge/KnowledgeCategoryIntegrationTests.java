package dev.keel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.identity.ApiScope;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.knowledge.domain.ArticleCategories;
import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.Reader;
import dev.keel.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Managing the category tree: the REST API, the workspace page, permissions and what retiring does. */
@KeelIntegrationTest
class KnowledgeCategoryIntegrationTests {

    static final String DEMO_AGENT = "Bearer keel_demo_agent_2026";
    static final String DEMO_REQUESTER = "Bearer keel_demo_requester_2026";
    static final String DEMO_ADMIN = "Bearer keel_demo_admin_2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ArticleCategories categories;

    @Autowired
    Articles articles;

    @Autowired
    JdbcTemplate jdbc;

    String reviewerBearer() {
        UserSummary user = TestAccounts.user(accounts, Role.TEAM_LEAD);
        return "Bearer " + TestAccounts.token(tokens, user, ApiScope.READ, ApiScope.WRITE);
    }

    MvcTestResult send(String method, String bearer, String uri, String body) {
        var request = switch (method) {
            case "POST" -> mvc.post().uri(uri);
            case "PATCH" -> mvc.patch().uri(uri);
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

    static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode create(String bearer, String zh, String en, Long parentId) {
        String body =
                "{\"nameZh\":\"" + zh + "\",\"nameEn\":\"" + en + "\",\"parentId\":" + parentId + ",\"sortOrder\":5}";
        return ok(send("POST", bearer, "/api/v1/knowledge/categories", body), 201);
    }

    @Test
    void reviewersCreateRenameMoveAndRetireCategoriesThroughTheApi() {
        String bearer = reviewerBearer();
        String en = TestAccounts.uniqueName("Printers");
        JsonNode root = create(bearer, "  打印机" + en + " ", en, null);
        long rootId = root.get("id").asLong();
        assertThat(root.get("nameZh").asString()).isEqualTo("打印机" + en);
        assertThat(root.get("active").asBoolean()).isTrue();
        JsonNode child = create(bearer, "驱动" + en, "Drivers " + en, rootId);
        long childId = child.get("id").asLong();
        assertThat(child.get("parentId").asLong()).isEqualTo(rootId);

        // rename with the version read; the same version again is stale
        long version = child.get("version").asLong();
        JsonNode renamed = ok(
                send(
                        "PATCH",
                        bearer,
                        "/api/v1/knowledge/categories/" + childId,
                        "{\"nameEn\":\"Printer drivers " + en + "\",\"version\":" + version + "}"),
                200);
        assertThat(renamed.get("nameEn").asString()).isEqualTo("Printer drivers " + en);
        assertThat(renamed.get("nameZh").asString()).isEqualTo("驱动" + en);
        ok(
                send(
                        "PATCH",
                        bearer,
                        "/api/v1/knowledge/categories/" + childId,
                        "{\"sortOrder\":1,\"version\":" + version + "}"),
                409);

        // moving the parent under its child is a cycle: 422 with a field error
        JsonNode cycle = ok(
                send(
                        "PATCH",
                        bearer,
                        "/api/v1/knowledge/categories/" + rootId,
                        "{\"parentId\":" + childId + ",\"version\":"
                                + root.get("version").asLong() + "}"),
                422);
        assertThat(cycle.toString()).contains("cycle").contains("parentId");

        // move the child to the top level
        JsonNode moved = ok(
                send(
                        "PATCH",
                        bearer,
                        "/api/v1/knowledge/categories/" + childId,
                        "{\"root\":true,\"version\":" + renamed.get("version").asLong() + "}"),
                200);
        assertThat(moved.has("parentId") && !moved.get("parentId").isNull()).isFalse();

        // retire: gone from the default list, present with includeRetired
        ok(
                send(
                        "PATCH",
                        bearer,
                        "/api/v1/knowledge/categories/" + rootId,
                        "{\"active\":false,\"version\":" + root.get("version").asLong() + "}"),
                200);
        String usable = ok(send("GET", DEMO_REQUESTER, "/api/v1/knowledge/categories", ""), 200)
                .toString();
        assertThat(usable).doesNotContain("\"id\":" + rootId + ",").contains("\"id\":" + childId + ",");
        String all = ok(send("GET", bearer, "/api/v1/knowledge/categories?includeRetired=true", ""), 200)
                .toString();
        assertThat(all).contains("\"id\":" + rootId + ",");

        // every change is in the audit log
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select action from audit_entry where subject = ?",
                                String.class,
                                "knowledge-category:" + rootId))
                        .contains("knowledge.category.created", "knowledge.category.retired"));
    }

    @Test
    void badInputAnswers422WithFieldErrorsAndChangesNothing() {
        String bearer = reviewerBearer();
        JsonNode missing =
                ok(send("POST", bearer, "/api/v1/knowledge/categories", "{\"nameZh\":\"  \",\"nameEn\":\"x\"}"), 422);
        assertThat(missing.toString()).contains("nameZh");
        String en = TestAccounts.uniqueName("Dup");
        create(bearer, "重复" + en, en, null);
        JsonNode duplicate = ok(
                send(
                        "POST",
                        bearer,
                        "/api/v1/knowledge/categories",
                        "{\"nameZh\":\"另一个" + en + "\",\"nameEn\":\"" + en.toUpperCase(Locale.ROOT) + "\"}"),
                422);
        assertThat(duplicate.toString()).contains("nameEn");
        ok(
                send(
                        "POST",
                        bearer,
                        "/api/v1/knowledge/categories",
                        "{\"nameZh\":\"长\",\"nameEn\":\"" + "y".repeat(101) + "\"}"),
                422);
        ok(send("PATCH", bearer, "/api/v1/knowledge/categories/987654321", "{\"version\":0}"), 404);
        long id = create(bearer, "版本" + en, "Version " + en, null).get("id").asLong();
        ok(send("PATCH", bearer, "/api/v1/knowledge/categories/" + id, "{\"nameEn\":\"z\"}"), 422);
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_category where name_en = ?", Integer.class, "y".repeat(101)))
                .isZero();
    }

    @Test
    void theDatabaseRefusesSiblingsWithTheSameNameEvenPastTheApplicationCheck() {
        String en = TestAccounts.uniqueName("Race");
        // The demo-data entry point skips CategoryRules, as a second request racing past its check would.
        long parent = categories.create(null, en, "竞争" + en, 10).id();
        categories.create(parent, "Child " + en, "子" + en, 10);
        assertThatThrownBy(() -> categories.create(parent, " CHILD " + en + " ", "另一个" + en, 20))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> categories.create(parent, "Other " + en, "子" + en, 30))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        // The same names under another parent, and at the top level beside the parent, are fine.
        long other =
                categories.create(null, "Other parent " + en, "另一父" + en, 10).id();
        categories.create(other, "Child " + en, "子" + en, 10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_category where name_en = ?", Integer.class, "Child " + en))
                .isEqualTo(2);
    }

    @Test
    void theDatabaseComparesSiblingNamesItselfAlsoForRowsWrittenWithoutTheApplication() {
        String en = TestAccounts.uniqueName("Sql");
        long parent = categories.create(null, en, "直接" + en, 10).id();
        categories.create(parent, "Child " + en, "子" + en, 10);
        String insert = "insert into knowledge_category (parent_id, name_en, name_zh, sort_order) values (?, ?, ?, ?)";
        // siblings with names of their own may be written by anyone
        jdbc.update(insert, parent, "Second " + en, "第二" + en, 20);
        jdbc.update(insert, parent, "Third " + en, "第三" + en, 30);
        // a name a sibling already has, in either language and whatever its case, is refused
        assertThatThrownBy(() -> jdbc.update(insert, parent, "CHILD " + en.toUpperCase(Locale.ROOT), "又" + en, 40))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, parent, "Fourth " + en, "第二" + en, 50))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        // also at the top level, where the parent is NULL
        String topLevel = "insert into knowledge_category (name_en, name_zh, sort_order) values (?, ?, ?)";
        jdbc.update(topLevel, "Top " + en, "顶" + en, 60);
        assertThatThrownBy(() -> jdbc.update(topLevel, en, "另一个顶" + en, 70))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_category where parent_id = ?", Integer.class, parent))
                .isEqualTo(3);
    }

    @Test
    void requestersAndPlainAgentsMayNotChangeCategories() {
        String body = "{\"nameZh\":\"禁止\",\"nameEn\":\"Forbidden\"}";
        ok(send("POST", DEMO_AGENT, "/api/v1/knowledge/categories", body), 403);
        ok(send("POST", DEMO_REQUESTER, "/api/v1/knowledge/categories", body), 403);
        ok(send("PATCH", DEMO_AGENT, "/api/v1/knowledge/categories/1", "{\"version\":0}"), 403);
        ok(send("GET", DEMO_AGENT, "/api/v1/knowledge/categories", ""), 200);

        UserSummary agent = TestAccounts.user(accounts, Role.AGENT);
        assertThat(mvc.get().uri("/workspace/kb/categories").with(KeelPrincipals.signedIn(agent)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/workspace/kb/categories")
                        .param("nameZh", "禁止")
                        .param("nameEn", "Forbidden")
                        .with(KeelPrincipals.signedIn(agent))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(html(mvc.get()
                        .uri("/workspace/kb")
                        .with(KeelPrincipals.signedIn(agent))
                        .exchange()))
                .doesNotContain("id=\"categories-link\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_category where name_en = 'Forbidden'", Integer.class))
                .isZero();
    }

    @Test
    void theWorkspacePageCreatesEditsReordersAndRetiresWithLocalisedErrors() {
        UserSummary lead = TestAccounts.user(accounts, Role.TEAM_LEAD);
        assertThat(html(mvc.get()
                        .uri("/workspace/kb")
                        .with(KeelPrincipals.signedIn(lead))
                        .exchange()))
                .contains("id=\"categories-link\"");
        String en = TestAccounts.uniqueName("Page");

        // empty names: the form comes back with the Chinese message
        var invalid = mvc.post()
                .uri("/workspace/kb/categories")
                .param("nameZh", " ")
                .param("nameEn", en)
                .param("sortOrder", "0")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .with(KeelPrincipals.signedIn(lead))
                .with(csrf())
                .exchange();
        assertThat(invalid).hasStatusOk();
        assertThat(html(invalid)).contains("请填写该语言的名称。");

        assertThat(mvc.post()
                        .uri("/workspace/kb/categories")
                        .param("nameZh", "页面" + en)
                        .param("nameEn", en)
                        .param("sortOrder", "3")
                        .with(KeelPrincipals.signedIn(lead))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/workspace/kb/categories");
        long id = jdbc.queryForObject("select id from knowledge_category where name_en = ?", Long.class, en);
        assertThat(html(mvc.get()
                        .uri("/workspace/kb/categories")
                        .with(KeelPrincipals.signedIn(lead))
                        .exchange()))
                .contains("页面" + en)
                .contains("id=\"category-" + id + "\"");

        // a stale edit shows the conflict message and keeps the name
        long version = categories.find(id).version();
        assertThat(mvc.post()
                        .uri("/workspace/kb/categories/" + id)
                        .param("nameZh", "新名" + en)
                        .param("nameEn", en)
                        .param("sortOrder", "3")
                        .param("version", Long.toString(version))
                        .with(KeelPrincipals.signedIn(lead))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        var stale = mvc.post()
                .uri("/workspace/kb/categories/" + id)
                .param("nameZh", "再改" + en)
                .param("nameEn", en)
                .param("sortOrder", "3")
                .param("version", Long.toString(version))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .with(KeelPrincipals.signedIn(lead))
                .with(csrf())
                .exchange();
        assertThat(html(stale)).contains("Someone else changed this category meanwhile");
        assertThat(categories.find(id).nameZh()).isEqualTo("新名" + en);

        // reorder among siblings: a new sibling first, then move it below
        String en2 = TestAccounts.uniqueName("Page");
        var sibling = categories.create(
                new ArticleCategories.Change("兄弟" + en2, en2, id, false, 0, null), dev.keel.shared.Actor.SYSTEM);
        var child = categories.create(
                new ArticleCategories.Change("子" + en2, "Child " + en2, id, false, 1, null),
                dev.keel.shared.Actor.SYSTEM);
        assertThat(mvc.post()
                        .uri("/workspace/kb/categories/" + sibling.id() + "/move")
                        .param("direction", "down")
                        .with(KeelPrincipals.signedIn(lead))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(categories.find(sibling.id()).sortOrder())
                .isGreaterThan(categories.find(child.id()).sortOrder());

        // retire from the list: hidden from the portal, subtree too
        assertThat(mvc.post()
                        .uri("/workspace/kb/categories/" + id + "/active")
                        .param("active", "false")
                        .param("version", Long.toString(categories.find(id).version()))
                        .with(KeelPrincipals.signedIn(lead))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(categories.find(id).active()).isFalse();
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        assertThat(html(mvc.get()
                        .uri("/portal/kb")
                        .with(KeelPrincipals.signedIn(requester))
                        .exchange()))
                .doesNotContain("新名" + en)
                .doesNotContain(en2);
    }

    @Test
    void articlesKeepARetiredCategoryButNewArticlesCannotUseIt() {
        String en = TestAccounts.uniqueName("Retired");
        var category = categories.create(
                new ArticleCategories.Change("停用" + en, en, null, true, 0, null), dev.keel.shared.Actor.SYSTEM);
        UserSummary writer = TestAccounts.user(accounts, Role.AGENT);
        Reader reader = new Reader(writer.id(), true, true, false);
        var article = articles.create(
                new ArticleContent("文章 " + en, "s", "正文"),
                ArticleSettings.of("PUBLIC", "zh-CN", category.id(), ""),
                "",
                reader);
        categories.update(
                category.id(),
                new ArticleCategories.Change(null, null, null, false, null, false),
                category.version(),
                dev.keel.shared.Actor.SYSTEM);

        // the existing article can still be edited and keeps its category
        var edited = articles.update(
                article.id(),
                new ArticleContent("文章 " + en, "s2", "正文"),
                ArticleSettings.of("PUBLIC", "zh-CN", category.id(), ""),
                "",
                article.version(),
                reader);
        assertThat(edited.categoryId()).isEqualTo(category.id());

        // a new article cannot be filed there
        try {
            articles.create(
                    new ArticleContent("另一篇 " + en, "s", "正文"),
                    ArticleSettings.of("PUBLIC", "zh-CN", category.id(), ""),
                    "",
                    reader);
            throw new AssertionError("a retired category was accepted");
        } catch (DomainException e) {
            assertThat(e.fieldProblems().getFirst().messageKey()).isEqualTo("knowledge.category.validation.retired");
        }
    }
}
