package dev.keel.routing;

import static dev.keel.TestAccounts.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.audit.AuditLog;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.Role;
import dev.keel.routing.domain.RoutingRules;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset.PageRequest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KeelIntegrationTest
class RoutingAdminIntegrationTests {

    private static final String ADMIN_TOKEN = "keel_demo_admin_2026";
    private static final String AGENT_TOKEN = "keel_demo_agent_2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoutingRules rules;

    @Autowired
    RoutingFixtures fixtures;

    @Autowired
    AuditLog audit;

    private boolean ruleNamed(String name) {
        return rules.list().stream().anyMatch(r -> r.name().equals(name));
    }

    @Test
    void adminCreatesARuleThroughTheFormAndSeesItListed() {
        GroupSummary group = fixtures.group(0);
        String name = RoutingFixtures.unique("form rule ");

        assertThat(mvc.post()
                        .uri("/admin/routing/rules")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("name", name)
                        .param("keywords", "打印机, printer")
                        .param("channel", "EMAIL")
                        .param("targetGroupId", Long.toString(group.id()))
                        .param("active", "true"))
                .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin/routing").with(TestAccounts.signedIn("admin", Role.ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains(name, "打印机,printer", group.code());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> audit.page("routing.rule-created", PageRequest.first(50)).items().stream()
                        .anyMatch(e -> e.details().contains(name)));
    }

    @Test
    void badIdsAreExplainedNextToTheFieldAndNothingIsCreated() {
        String name = RoutingFixtures.unique("bad rule ");

        assertThat(mvc.post()
                        .uri("/admin/routing/rules")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .param("name", name)
                        .param("categoryId", "abc")
                        .param("targetGroupId", "1"))
                .hasStatusOk()
                .bodyText()
                .contains("请输入数字（ID）");
        assertThat(mvc.post()
                        .uri("/admin/routing/rules")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("name", name)
                        .param("targetGroupId", "999999999"))
                .hasStatusOk()
                .bodyText()
                .contains("Choose an existing group.");
        assertThat(ruleNamed(name)).isFalse();
    }

    @Autowired
    dev.keel.ticket.domain.Categories categories;

    @Autowired
    dev.keel.identity.UserDirectory directory;

    @Test
    void categoriesAndOrganisationsArePickedByNameAndListedByName() throws Exception {
        String code = "PICK" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var category = categories.create(
                new dev.keel.ticket.domain.Categories.Draft(
                        null, code, "Picker printers " + code, "选择器打印机 " + code, null, null, null, null, 0, true),
                Actor.SYSTEM);
        var organisation = directory.organisations().get(0);
        GroupSummary group = fixtures.group(0);
        String name = RoutingFixtures.unique("picked rule ");
        rules.create(
                new SaveRoutingRule(name, category.id(), organisation.id(), null, null, group.id(), true),
                Actor.SYSTEM);

        var list = mvc.get()
                .uri("/admin/routing")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .with(TestAccounts.signedIn("admin", Role.ADMIN))
                .exchange();
        assertThat(list).hasStatusOk();
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(list.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("select#categoryId option[value=" + category.id() + "]")
                        .text())
                .isEqualTo("选择器打印机 " + code);
        assertThat(page.select("select#organisationId option[value=" + organisation.id() + "]")
                        .text())
                .isEqualTo(organisation.name());
        assertThat(page.select("input#categoryId, input#organisationId"))
                .as("no id typed by hand")
                .isEmpty();
        assertThat(page.text())
                .as("the listed rule names its category and organisation")
                .contains("分类: 选择器打印机 " + code)
                .contains("组织: " + organisation.name());
    }

    @Test
    void rulesMoveUpAndDown() {
        GroupSummary group = fixtures.group(0);
        var a = rules.create(
                new SaveRoutingRule("move a", null, null, null, RoutingFixtures.unique("m"), group.id(), true),
                Actor.SYSTEM);
        var b = rules.create(
                new SaveRoutingRule("move b", null, null, null, RoutingFixtures.unique("m"), group.id(), true),
                Actor.SYSTEM);

        assertThat(mvc.post()
                        .uri("/admin/routing/rules/" + b.id() + "/move")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("direction", "up"))
                .hasStatus3xxRedirection();

        assertThat(rules.find(b.id()).position()).isLessThan(rules.find(a.id()).position());
        assertThat(mvc.post()
                        .uri("/admin/routing/rules/" + b.id() + "/move")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("direction", "sideways"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void adminEditsARuleAndAStaleFormIsRefused() {
        GroupSummary group = fixtures.group(0);
        var rule = rules.create(
                new SaveRoutingRule("edit me", null, null, null, RoutingFixtures.unique("e"), group.id(), true),
                Actor.SYSTEM);

        assertThat(mvc.get().uri("/admin/routing/rules/" + rule.id()).with(TestAccounts.signedIn("admin", Role.ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("edit me");
        assertThat(mvc.post()
                        .uri("/admin/routing/rules/" + rule.id())
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("name", "edited")
                        .param("targetGroupId", Long.toString(group.id()))
                        .param("version", Long.toString(rule.version())))
                .hasStatus3xxRedirection();
        assertThat(rules.find(rule.id()).name()).isEqualTo("edited");
        assertThat(rules.find(rule.id()).active()).isFalse();

        assertThat(mvc.post()
                        .uri("/admin/routing/rules/" + rule.id())
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("name", "lost update")
                        .param("targetGroupId", Long.toString(group.id()))
                        .param("version", Long.toString(rule.version())))
                .hasStatusOk()
                .bodyText()
                .contains("Someone else changed this");
        assertThat(rules.find(rule.id()).name()).isEqualTo("edited");
        assertThat(mvc.get().uri("/admin/routing/rules/999999999").with(TestAccounts.signedIn("admin", Role.ADMIN)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void agentsCannotSeeTheRoutingConsole() {
        assertThat(mvc.get().uri("/admin/routing").with(TestAccounts.signedIn("li.na", Role.AGENT)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/routing/rules").header(HttpHeaders.AUTHORIZATION, bearer(AGENT_TOKEN)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theApiCreatesReadsUpdatesAndDeletesRules() {
        GroupSummary group = fixtures.group(0);
        String name = RoutingFixtures.unique("api rule ");
        var created = mvc.post()
                .uri("/api/v1/routing/rules")
                .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"keywords\":\"邮箱,mailbox\",\"targetGroupId\":" + group.id() + "}")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = rules.list().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(mvc.get().uri("/api/v1/routing/rules/" + id).header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.keywords")
                .isEqualTo("邮箱,mailbox");
        assertThat(mvc.put()
                        .uri("/api/v1/routing/rules/" + id)
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"targetGroupId\":" + group.id()
                                + ",\"active\":false,\"version\":99}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.put()
                        .uri("/api/v1/routing/rules/" + id)
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"targetGroupId\":" + group.id()
                                + ",\"active\":false,\"version\":"
                                + rules.find(id).version() + "}"))
                .hasStatusOk();
        assertThat(rules.find(id).active()).isFalse();

        assertThat(mvc.delete()
                        .uri("/api/v1/routing/rules/" + id)
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN)))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/routing/rules/" + id).header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApiRefusesBadRulesWithProblemDetails() {
        String name = RoutingFixtures.unique("bad api rule ");
        assertThat(mvc.post()
                        .uri("/api/v1/routing/rules")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .hasStatus4xxClientError()
                .bodyJson()
                .extractingPath("$.type")
                .asString()
                .endsWith("/validation");
        assertThat(mvc.post()
                        .uri("/api/v1/routing/rules")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN_TOKEN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"channel\":\"CARRIER_PIGEON\",\"targetGroupId\":1}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("channel");
        assertThat(ruleNamed(name)).isFalse();
    }
}
