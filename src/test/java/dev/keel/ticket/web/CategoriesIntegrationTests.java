package dev.keel.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.audit.AuditEntry;
import dev.keel.audit.AuditLog;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.Impact;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.PriorityMatrix;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@KeelIntegrationTest
class CategoriesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Categories categories;

    @Autowired
    PriorityMatrix matrix;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog auditLog;

    private RequestPostProcessor admin() {
        return KeelPrincipals.signedIn(directory.findUser("admin").orElseThrow());
    }

    private static String code(String prefix) {
        return (prefix + "-" + TestAccounts.uniqueName("c").replace('.', '-')).toUpperCase(Locale.ROOT);
    }

    private long groupId(String code) {
        return directory.findGroup(code).orElseThrow().id();
    }

    @Test
    void demoTreeIsBilingualWithDefaultGroupsAndTypes() {
        CategoryView printer = categories.findByCode("HW-PRINTER").orElseThrow();
        assertThat(printer.nameZh()).isEqualTo("打印机");
        assertThat(printer.defaultGroupId()).isEqualTo(groupId("SD"));
        assertThat(printer.formHint(Locale.SIMPLIFIED_CHINESE)).contains("打印机");
        CategoryView phishing = categories.findByCode("SEC-PHISHING").orElseThrow();
        assertThat(phishing.defaultGroupId()).isEqualTo(groupId("SEC"));
        assertThat(phishing.defaultType()).isEqualTo(TicketType.SECURITY_INCIDENT);
        assertThat(categories.findByCode("ACCESS-PASSWORD").orElseThrow().defaultType())
                .isEqualTo(TicketType.SERVICE_REQUEST);
        assertThat(categories.findByCode("CONSULT").orElseThrow().defaultType()).isEqualTo(TicketType.CONSULTATION);

        List<String> codes = categories.tree().stream().map(CategoryView::code).toList();
        assertThat(codes.indexOf("HW")).isLessThan(codes.indexOf("HW-PRINTER"));
        assertThat(codes.indexOf("HW-PRINTER")).isLessThan(codes.indexOf("HW-LAPTOP"));
        assertThat(codes.indexOf("HW-LAPTOP")).isLessThan(codes.indexOf("NET"));
        assertThat(categories.tree().stream().filter(c -> c.code().equals("NET-VPN")))
                .singleElement()
                .satisfies(c -> assertThat(c.depth()).isEqualTo(1));
    }

    @Test
    void adminCreatesASubcategoryThatShowsIndentedInTheTreeAndIsAudited() {
        long hardware = categories.findByCode("HW").orElseThrow().id();
        String code = code("HW-SCAN");

        var created = mvc.post()
                .uri("/admin/categories")
                .with(admin())
                .with(csrf())
                .param("parentId", Long.toString(hardware))
                .param("code", code)
                .param("nameEn", "Scanner")
                .param("nameZh", "扫描仪")
                .param("defaultGroup", "NET")
                .param("defaultType", "SERVICE_REQUEST")
                .param("formHintEn", "Give the scanner's asset tag.")
                .param("formHintZh", "请写明扫描仪的资产标签。")
                .param("sortOrder", "30")
                .exchange();

        assertThat(created).hasStatus3xxRedirection();
        CategoryView scanner = categories.findByCode(code).orElseThrow();
        assertThat(created).hasRedirectedUrl("/admin/categories/" + scanner.id());
        assertThat(scanner.parentId()).isEqualTo(hardware);
        assertThat(scanner.defaultGroupId()).isEqualTo(groupId("NET"));
        assertThat(scanner.defaultType()).isEqualTo(TicketType.SERVICE_REQUEST);
        assertThat(scanner.formHint(Locale.ENGLISH)).isEqualTo("Give the scanner's asset tag.");
        assertThat(mvc.get().uri("/admin/categories").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("padding-left:2.0rem")
                .contains(code)
                .contains("href=\"/admin/categories\"");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(audited("category.created"))
                        .anySatisfy(e -> assertThat(e.subject()).isEqualTo("category:" + scanner.id())));
    }

    @Test
    void invalidInputIsShownNextToTheFieldsAndCreatesNothing() {
        String code = code("BAD");

        assertThat(mvc.post()
                        .uri("/admin/categories")
                        .with(admin())
                        .with(csrf())
                        .param("code", code)
                        .param("nameEn", " ")
                        .param("nameZh", "坏")
                        .param("defaultGroup", "NO-SUCH-GROUP")
                        .param("sortOrder", "-1"))
                .hasStatus(422)
                .bodyText()
                .contains("Required.")
                .contains("No such group.")
                .contains("Between 0 and 100,000.");
        assertThat(categories.findByCode(code)).isEmpty();

        assertThat(mvc.post()
                        .uri("/admin/categories")
                        .with(admin())
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .param("code", "HW")
                        .param("nameEn", "Duplicate")
                        .param("nameZh", "重复"))
                .hasStatus(422)
                .bodyText()
                .contains("已被占用");
        assertThat(mvc.post()
                        .uri("/admin/categories")
                        .with(admin())
                        .with(csrf())
                        .param("code", "has space")
                        .param("parentId", "not-a-number")
                        .param("nameEn", "x")
                        .param("nameZh", "x"))
                .hasStatus(422)
                .bodyText()
                .contains("Not a valid value.");
        assertThat(categories.findByCode("has space")).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedWithAConflictAndKeepsTheOtherChange() {
        String code = code("STALE");
        CategoryView category = categories.create(
                new Categories.Draft(null, code, "Stale", "过期", null, null, null, null, 900, true), Actor.SYSTEM);
        categories.update(
                category.id(),
                new Categories.Draft(null, code, "Changed first", "先改", null, null, null, null, 900, true),
                category.version(),
                Actor.SYSTEM);

        assertThat(mvc.post()
                        .uri("/admin/categories/{id}", category.id())
                        .with(admin())
                        .with(csrf())
                        .param("nameEn", "Changed second")
                        .param("nameZh", "后改")
                        .param("sortOrder", "900")
                        .param("version", Long.toString(category.version())))
                .hasStatus(409)
                .bodyText()
                .contains("Someone else changed this in the meantime");
        assertThat(categories.find(category.id()).nameEn()).isEqualTo("Changed first");

        CategoryView current = categories.find(category.id());
        assertThat(mvc.post()
                        .uri("/admin/categories/{id}", category.id())
                        .with(admin())
                        .with(csrf())
                        .param("nameEn", "Changed second")
                        .param("nameZh", "后改")
                        .param("defaultGroup", "DB")
                        .param("sortOrder", "900")
                        .param("version", Long.toString(current.version())))
                .hasStatus3xxRedirection();
        assertThat(categories.find(category.id()).nameEn()).isEqualTo("Changed second");
        assertThat(categories.find(category.id()).defaultGroupId()).isEqualTo(groupId("DB"));
    }

    @Test
    void aDeactivatedCategoryLeavesThePortalForm() {
        String code = code("OLD");
        CategoryView category = categories.create(
                new Categories.Draft(null, code, "Retired " + code, "停用 " + code, null, null, null, null, 950, true),
                Actor.SYSTEM);
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        assertThat(mvc.get().uri("/portal/tickets/new").with(KeelPrincipals.signedIn(requester)))
                .bodyText()
                .contains("Retired " + code);

        assertThat(mvc.post()
                        .uri("/admin/categories/{id}/deactivate", category.id())
                        .with(admin())
                        .with(csrf())
                        .param("version", Long.toString(category.version())))
                .hasStatus3xxRedirection();

        assertThat(categories.find(category.id()).active()).isFalse();
        assertThat(categories.activeTree()).extracting(CategoryView::code).doesNotContain(code);
        assertThat(mvc.get().uri("/portal/tickets/new").with(KeelPrincipals.signedIn(requester)))
                .bodyText()
                .doesNotContain("Retired " + code);
        assertThat(mvc.get().uri("/admin/categories/{id}", category.id()).with(admin()))
                .bodyText()
                .contains("inactive-badge");
    }

    @Test
    void unknownCategoryIsALocalised404() {
        assertThat(mvc.get().uri("/admin/categories/987654321").with(admin()))
                .hasStatus(404)
                .bodyText()
                .contains("Page not found");
    }

    @Test
    void onlyAdministratorsManageCategories() {
        UserSummary agent = TestAccounts.user(accounts, Role.AGENT);
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        assertThat(mvc.get().uri("/admin/categories").with(KeelPrincipals.signedIn(agent)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/priority-matrix").with(KeelPrincipals.signedIn(requester)))
                .hasStatus(403);
        String code = code("NOPE");
        assertThat(mvc.post()
                        .uri("/admin/categories")
                        .with(KeelPrincipals.signedIn(agent))
                        .with(csrf())
                        .param("code", code)
                        .param("nameEn", "x")
                        .param("nameZh", "x"))
                .hasStatus(403);
        assertThat(categories.findByCode(code)).isEmpty();
    }

    @Test
    void thePriorityMatrixIsSavedAndAuditedOrNotAtAll() {
        assertThat(matrix.priorityOf(Impact.MINOR, Urgency.LOW)).isEqualTo(Priority.P4);
        assertThat(mvc.get().uri("/admin/priority-matrix").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"MINOR.LOW\"");

        assertThat(mvc.post()
                        .uri("/admin/priority-matrix")
                        .with(admin())
                        .with(csrf())
                        .param("MINOR.LOW", "P3")
                        .param("MINOR.MEDIUM", "P9"))
                .hasStatus(422)
                .bodyText()
                .contains("nothing was saved");
        assertThat(matrix.priorityOf(Impact.MINOR, Urgency.LOW)).isEqualTo(Priority.P4);

        try {
            assertThat(mvc.post()
                            .uri("/admin/priority-matrix")
                            .with(admin())
                            .with(csrf())
                            .param("MINOR.LOW", "P3")
                            .param("MINOR.MEDIUM", "P4"))
                    .hasStatus3xxRedirection();
            assertThat(matrix.priorityOf(Impact.MINOR, Urgency.LOW)).isEqualTo(Priority.P3);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(audited("priority-matrix.changed"))
                            .anySatisfy(e -> assertThat(e.details()).contains("MINORxLOW: P4->P3")));
        } finally {
            matrix.set(Impact.MINOR, Urgency.LOW, Priority.P4);
        }
    }

    private List<AuditEntry> audited(String action) {
        return auditLog.page(action, PageRequest.first(50)).items();
    }

    private static RequestPostProcessor csrf() {
        return SecurityMockMvcRequestPostProcessors.csrf();
    }
}
