package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Tickets;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The CMDB journey in real Chromium: the admin imports a CI and its relation from GBK CSV files on the
 * import page (preview, confirm, progress bar), links the CI to an incident from the ticket page, and the
 * database server's page shows the ERP service and the imported database affected when it is marked failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class CmdbBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgentLinksAnImportedCiAndSeesTheErpServiceAffectedByItsDatabaseServer() throws IOException {
        String marker = "导入" + System.nanoTime() % 1_000_000;
        String csv = "class,name,location,attr.engine\ndatabase," + marker + "-库存库,上海嘉定,postgresql\n";
        Path cis = Files.createTempFile("cmdb-cis", ".csv");
        Files.write(cis, csv.getBytes(Charset.forName("GBK")));
        String relationCsv = "source_class,source,type,target_class,target\n" + "database," + marker
                + "-库存库,runs_on,server,SH-DB01\n";
        Path relationFile = Files.createTempFile("cmdb-relations", ".csv");
        Files.write(relationFile, relationCsv.getBytes(Charset.forName("GBK")));
        long requester = directory.findUser("li.si").orElseThrow().id();
        TicketView ticket = tickets.open(
                new OpenTicket(
                        TicketType.INCIDENT,
                        "库存查询很慢 " + marker,
                        "库存库响应慢",
                        Channel.PORTAL,
                        null,
                        Impact.SIGNIFICANT,
                        Urgency.HIGH,
                        requester),
                requester);
        Long dbServer = jdbc.queryForObject("select id from cmdb_ci where name = 'SH-DB01'", Long.class);
        Long erp = jdbc.queryForObject("select id from cmdb_ci where name = 'ERP 服务 ERP'", Long.class);
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("admin", DEMO_PASSWORD);
            importThroughThePage(browser, cis, "id=\"count-create\">1<");
            browser.waitForText("import-done", "新建 1 个");
            browser.screenshot("cmdb-import-done");
            importThroughThePage(browser, relationFile, "id=\"count-create\">1<");
            browser.waitForText("import-done", "新增关系 1 条");
            Long imported = jdbc.queryForObject("select id from cmdb_ci where name = ?", Long.class, marker + "-库存库");
            browser.open("/workspace/tickets/" + ticket.id());
            browser.waitFor("ci-search");
            browser.type("ci-search", marker);
            browser.waitFor("link-ci-" + imported);
            browser.click("link-ci-" + imported);
            browser.waitForCss("#cmdb-linked", marker + "-库存库");
            browser.screenshot("cmdb-ticket-card");

            browser.open("/workspace/cmdb/cis/" + imported);
            browser.waitForText("ci-tickets", ticket.number());

            browser.open("/workspace/cmdb/cis/" + dbServer);
            browser.waitFor("simulate-failure");
            browser.click("simulate-failure");
            browser.waitForText("affected-services", "ERP 服务 ERP");
            assertThat(browser.element(By.id("impact-" + erp)).getAttribute("data-state"))
                    .isEqualTo("affected");
            assertThat(browser.element(By.id("impact-" + imported)).getAttribute("data-state"))
                    .isEqualTo("affected");
            assertThat(browser.element(By.id("ci-graph")).getAttribute("data-rendered"))
                    .isEqualTo("true");
            assertThat(browser.element(By.cssSelector("#ci-graph canvas")).isDisplayed())
                    .isTrue();
            browser.screenshot("cmdb-impact-graph");
        }
    }

    /** Uploads the file on the import page, checks the preview and confirms; the progress bar runs to the end. */
    private static void importThroughThePage(Browser browser, Path file, String previewHtml) {
        browser.open("/workspace/cmdb");
        browser.click("import-csv");
        browser.waitFor("import-file");
        browser.element(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click("import-upload");
        browser.waitFor("import-confirm");
        assertThat(browser.element(By.id("import-counts")).getAttribute("outerHTML"))
                .contains(previewHtml);
        assertThat(browser.element(By.id("count-failed")).getText()).isEqualTo("0");
        browser.screenshot("cmdb-import-preview");
        browser.click("import-confirm");
        browser.waitFor("import-progress");
        browser.waitUntil(
                () -> "DONE".equals(browser.element(By.id("import-panel")).getAttribute("data-state")));
        assertThat(browser.element(By.id("import-progress")).getAttribute("aria-valuenow"))
                .isEqualTo("100");
    }
}
