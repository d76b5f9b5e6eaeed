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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The CMDB pages: list, CI page with the impact graph, forms with field errors, the class editor. */
@KeelIntegrationTest
class CmdbPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    CmdbApiSupport api;
    UserSummary admin;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
        admin = directory.findUser("admin").orElseThrow();
    }

    static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    long demoCi(String name) {
        Long id = jdbc.queryForObject("select id from cmdb_ci where name = ?", Long.class, name);
        return id == null ? -1 : id;
    }

    @Test
    void theDemoEstateShowsErpAffectedWhenItsDatabaseServerFails() {
        long dbServer = demoCi("SH-DB01");
        var normal = mvc.get()
                .uri("/workspace/cmdb/cis/" + dbServer)
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(normal).hasStatusOk();
        assertThat(html(normal)).contains("ERP 服务 ERP", "id=\"ci-graph\"", "echarts.min.js", "SH-A01");

        var failed = mvc.get()
                .uri("/workspace/cmdb/cis/" + dbServer + "?failed=true")
                .with(KeelPrincipals.signedIn(admin))
                .locale(Locale.ENGLISH)
                .exchange();
        String page = html(failed);
        assertThat(page).contains("Affected business services");
        long erp = demoCi("ERP 服务 ERP");
        assertThat(page).containsPattern("id=\"impact-" + erp + "\" data-state=\"affected\"");
        assertThat(page).doesNotContainPattern("id=\"impact-" + demoCi("MES 服务 MES") + "\" data-state=\"affected\"");
    }

    @Test
    void theListFiltersAndRendersInBothLanguages() {
        var en = mvc.get()
                .uri("/workspace/cmdb?q=SH-DB")
                .with(KeelPrincipals.signedIn(admin))
                .locale(Locale.ENGLISH)
                .exchange();
        assertThat(en).hasStatusOk();
        assertThat(html(en))
                .contains("Configuration items", "SH-DB01", "SH-DB02")
                .doesNotContain("SZ-DB01");
        var zh = mvc.get()
                .uri("/workspace/cmdb?q=SH-DB")
                .with(KeelPrincipals.signedIn(admin))
                .locale(Locale.SIMPLIFIED_CHINESE)
                .exchange();
        assertThat(html(zh)).contains("配置项", "使用中", "服务器");
        var bad = mvc.get()
                .uri("/workspace/cmdb?attribute=ip_address&value=1")
                .with(KeelPrincipals.signedIn(admin))
                .locale(Locale.ENGLISH)
                .exchange();
        assertThat(bad).hasStatusOk();
        assertThat(html(bad)).contains("Choose a class to filter by an attribute.");
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        assertThat(mvc.get().uri("/workspace/cmdb").with(KeelPrincipals.signedIn(requester)))
                .hasStatus(403);
    }

    @Test
    void theFormShowsFieldErrorsAndCreatesNothing() {
        Integer before = jdbc.queryForObject("select count(*) from cmdb_ci", Integer.class);
        var result = mvc.post()
                .uri("/workspace/cmdb/cis")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(Locale.ENGLISH)
                .param("classCode", "server")
                .param("name", "")
                .param("status", "IN_USE")
                .param("attr.ip_address", "999.1.1.1")
                .param("attr.cpu_cores", "lots")
                .param("minHealthyMembers", "x")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(html(result)).contains("Required.", "Not an IP address.", "Not a number.", "value=\"999.1.1.1\"");
        assertThat(jdbc.queryForObject("select count(*) from cmdb_ci", Integer.class))
                .isEqualTo(before);

        String name = TestAccounts.uniqueName("form-srv");
        var created = mvc.post()
                .uri("/workspace/cmdb/cis")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("classCode", "server")
                .param("name", name)
                .param("status", "PLANNED")
                .param("environment", "TEST")
                .param("criticality", "LOW")
                .param("attr.ip_address", "172.16.9.9")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        long id = demoCi(name);
        var edit = mvc.get()
                .uri("/workspace/cmdb/cis/" + id + "/edit")
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(edit)).contains("172.16.9.9", "name=\"version\" value=\"0\"");
        var stale = mvc.post()
                .uri("/workspace/cmdb/cis/" + id)
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(Locale.ENGLISH)
                .param("name", name)
                .param("status", "IN_USE")
                .param("version", "7")
                .exchange();
        assertThat(html(stale)).contains("Someone else changed this");
    }

    @Test
    void relationsAreAddedFromTheCiPageWithClearErrors() {
        long a = api.ci("server", "page-a", "");
        var self = mvc.post()
                .uri("/workspace/cmdb/cis/" + a + "/relations")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("type", "depends_on")
                .param("other", Long.toString(a))
                .exchange();
        assertThat(self).hasStatus3xxRedirection();
        assertThat(self.getMvcResult().getFlashMap().get("relationErrors").toString())
                .contains("targetId");
        long b = api.ci("rack", "page-b", "");
        mvc.post()
                .uri("/workspace/cmdb/cis/" + a + "/relations")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("type", "hosted_in")
                .param("other", Long.toString(b))
                .exchange();
        var page = mvc.get()
                .uri("/workspace/cmdb/cis/" + b)
                .with(KeelPrincipals.signedIn(admin))
                .locale(Locale.ENGLISH)
                .exchange();
        assertThat(html(page)).contains("hosts", "relation.added");
    }

    @Test
    void adminsEditClassesInTheConsole() {
        String code = TestAccounts.uniqueName("pdu").replace('.', '_');
        var created = mvc.post()
                .uri("/admin/cmdb/classes")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("code", code)
                .param("nameZh", "配电单元")
                .param("nameEn", "PDU")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        var list = mvc.get()
                .uri("/admin/cmdb/classes")
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(list)).contains(code, "配电单元", "member_of_cluster");
        var invalid = mvc.post()
                .uri("/admin/cmdb/classes")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(Locale.ENGLISH)
                .param("code", "Bad!")
                .param("nameZh", "")
                .param("nameEn", "x")
                .exchange();
        assertThat(html(invalid)).contains("Required.");
        UserSummary agent = TestAccounts.user(accounts, Role.AGENT);
        assertThat(mvc.get().uri("/admin/cmdb/classes").with(KeelPrincipals.signedIn(agent)))
                .hasStatus(403);
    }

    @Test
    void exportsTheFilteredListAsCsv() {
        var csv = mvc.get()
                .uri("/workspace/cmdb/export?q=SH-DB")
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(csv).hasStatusOk();
        String text = html(csv);
        assertThat(text).startsWith("\uFEFFclass,name,status");
        assertThat(text).contains("server,SH-DB01,IN_USE").doesNotContain("SZ-DB01");
    }

    int audited(String action, String subject) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and subject = ?", Integer.class, action, subject);
        return n == null ? 0 : n;
    }

    @Test
    void adminsCreateAndRenameRelationTypesInTheConsoleAndEveryChangeIsAudited() {
        String code = TestAccounts.uniqueName("mirrors").replace('.', '_');
        var created = mvc.post()
                .uri("/admin/cmdb/relation-types")
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("code", code)
                .param("outgoingZh", "镜像到")
                .param("outgoingEn", "mirrors to")
                .param("incomingZh", "镜像自")
                .param("incomingEn", "mirrored from")
                .param("acyclic", "true")
                .param("propagation", "NONE")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        long id = jdbc.queryForObject("select id from cmdb_relation_type where code = ?", Long.class, code);
        assertThat(created.getResponse().getRedirectedUrl()).endsWith("/admin/cmdb/relation-types/" + id);
        var list = mvc.get()
                .uri("/admin/cmdb/classes")
                .with(KeelPrincipals.signedIn(admin))
                .exchange();
        assertThat(html(list))
                .contains("relation-type-" + code, "镜像到 / mirrors to", "/admin/cmdb/relation-types/" + id);
        var edit = mvc.get()
                .uri("/admin/cmdb/relation-types/" + id)
                .with(KeelPrincipals.signedIn(admin))
                .locale(Locale.SIMPLIFIED_CHINESE)
                .exchange();
        assertThat(html(edit)).contains("value=\"镜像自\"", "name=\"version\" value=\"0\"", "中文名称，源 → 目标");

        var invalid = mvc.post()
                .uri("/admin/cmdb/relation-types/" + id)
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(Locale.ENGLISH)
                .param("version", "0")
                .param("outgoingZh", "镜像到")
                .param("outgoingEn", "")
                .param("incomingZh", "镜像自")
                .param("incomingEn", "mirrored from")
                .param("propagation", "SIDEWAYS")
                .exchange();
        assertThat(invalid).hasStatusOk();
        assertThat(html(invalid)).contains("Required.", "is-invalid");
        var renamed = mvc.post()
                .uri("/admin/cmdb/relation-types/" + id)
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .param("version", "0")
                .param("outgoingZh", "复制到")
                .param("outgoingEn", "replicates to")
                .param("incomingZh", "复制自")
                .param("incomingEn", "replicated from")
                .param("acyclic", "true")
                .param("propagation", "TO_SOURCE")
                .exchange();
        assertThat(renamed).hasStatus3xxRedirection();
        assertThat(jdbc.queryForMap(
                        "select outgoing_en, incoming_zh, propagation, version from cmdb_relation_type where id = ?",
                        id))
                .containsEntry("OUTGOING_EN", "replicates to")
                .containsEntry("INCOMING_ZH", "复制自")
                .containsEntry("PROPAGATION", "TO_SOURCE");
        var stale = mvc.post()
                .uri("/admin/cmdb/relation-types/" + id)
                .with(KeelPrincipals.signedIn(admin))
                .with(csrf())
                .locale(Locale.ENGLISH)
                .param("version", "0")
                .param("outgoingZh", "甲")
                .param("outgoingEn", "a")
                .param("incomingZh", "乙")
                .param("incomingEn", "b")
                .param("propagation", "NONE")
                .exchange();
        assertThat(html(stale)).contains("Someone else changed this");
        assertThat(jdbc.queryForObject("select outgoing_en from cmdb_relation_type where id = ?", String.class, id))
                .isEqualTo("replicates to");

        String subject = "cmdb-relation-type:" + code;
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(audited("cmdb.relationType.created", subject)).isEqualTo(1);
            assertThat(audited("cmdb.relationType.changed", subject)).isEqualTo(1);
        });
        UserSummary agent = TestAccounts.user(accounts, Role.AGENT);
        assertThat(mvc.get().uri("/admin/cmdb/relation-types/" + id).with(KeelPrincipals.signedIn(agent)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/cmdb/relation-types/987654321").with(KeelPrincipals.signedIn(admin)))
                .hasStatus(404);
    }
}
