package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The knowledge base in real Chromium: a requester finds the answer while typing a new request and
 * marks it solved (no ticket); an agent writes an article, a team lead approves it, and the version
 * diff shows the next edit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class KnowledgeBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketManagement tickets;

    @Autowired
    UserDirectory directory;

    private long ticketsOf(String username) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket t JOIN identity_user u ON u.id = t.requester_id WHERE u.username = ?",
                Long.class,
                username);
        return n == null ? 0 : n;
    }

    private long deflectionsOf(String username) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM knowledge_deflection d JOIN identity_user u ON u.id = d.user_id WHERE u.username = ?",
                Long.class,
                username);
        return n == null ? 0 : n;
    }

    @Test
    void requesterTypingFindsTheArticleAndMarksItSolvedWithoutATicket() {
        long ticketsBefore = ticketsOf("zhang.san");
        long deflectionsBefore = deflectionsOf("zhang.san");
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("zhang.san", DEMO_PASSWORD);
            browser.waitFor("new-request");
            browser.open("/portal/tickets/new");
            browser.type("title", "无法连接数据库");
            browser.waitForCss("#kb-suggestions", "无法连接数据库怎么办");
            assertThat(browser.path()).isEqualTo("/portal/tickets/new");
            browser.screenshot("knowledge-portal-suggestions");

            String id = browser.element(By.cssSelector("#kb-suggestions [data-kb-suggestion]"))
                    .getAttribute("data-kb-suggestion");
            browser.click("suggestion-" + id);
            browser.waitForText("page-title", "无法连接数据库怎么办");
            assertThat(browser.text("article-body")).contains("服务器无法连接数据库");
            browser.screenshot("knowledge-portal-article");
            browser.click("solved");
            browser.waitFor("deflection-thanks");
            browser.screenshot("knowledge-portal-thanks");

            browser.open("/portal/tickets/new");
            browser.type("title", "无法连接数据库");
            browser.waitForCss("#kb-suggestions", "无法连接数据库怎么办");
            browser.click("solved-" + id);
            browser.waitFor("deflection-thanks");
        }
        assertThat(ticketsOf("zhang.san")).isEqualTo(ticketsBefore);
        assertThat(deflectionsOf("zhang.san")).isEqualTo(deflectionsBefore + 2);
    }

    @Test
    void agentWritesAnArticleAndATeamLeadApprovesIt() {
        String title = "Printers on floor 5 " + System.nanoTime() % 100_000;
        String articlePath;
        try (Browser agent = new Browser(port, "en-US")) {
            agent.signIn("li.na", DEMO_PASSWORD);
            agent.waitFor("page-title");
            agent.open("/workspace/kb");
            agent.click("new-article");
            agent.waitFor("article-form");
            agent.type("title", title);
            agent.type("summary", "Jobs stay in the queue");
            agent.type("body", "## Steps\n\n1. Restart the **printer**\n2. Re-add the queue");
            agent.waitForCss("#preview", "Restart the printer");
            agent.select("visibility", "public");
            agent.screenshot("knowledge-editor");
            agent.click("save-article");
            agent.waitForText("article-status", "draft");
            articlePath = agent.path();

            agent.select("reviewerIds", "周敏 Zhou Min");
            agent.click("submit-review");
            agent.waitForText("article-status", "in review");
            agent.screenshot("knowledge-in-review");
        }
        try (Browser lead = new Browser(port, "en-US")) {
            lead.signIn("zhou.min", DEMO_PASSWORD);
            lead.waitFor("page-title");
            lead.open("/workspace/kb?review=true");
            lead.waitForText("articles", title);
            lead.open(articlePath);
            lead.click("approve");
            lead.waitForText("article-status", "published");
            lead.screenshot("knowledge-published");

            lead.click("edit-article");
            lead.waitFor("article-form");
            lead.type("body", "## Steps\n\n1. Restart the **printer**\n2. Re-add the queue PRN-5F");
            lead.type("note", "queue name");
            lead.click("save-article");
            lead.waitFor("pending-version");
            assertThat(lead.text("article-body")).doesNotContain("PRN-5F");
            lead.click("compare");
            lead.waitForCss("#diff .diff-added", "PRN-5F");
            lead.waitForCss("#diff .diff-removed", "Re-add the queue");
            lead.screenshot("knowledge-diff");
        }
    }

    @Test
    void agentSeesSuggestedArticlesOnATicketAndInsertsOneIntoTheReply() {
        long requester = directory.findUser("zhang.san").orElseThrow().id();
        var ticket = tickets.open(
                new OpenTicket(
                        null, "报表系统提示服务器无法连接数据库", "今天上午开始，打开报表就报错。", Channel.PORTAL, null, null, null, requester),
                requester);
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("admin", DEMO_PASSWORD);
            browser.waitFor("page-title");
            browser.open("/workspace/tickets/" + ticket.id());
            browser.waitForCss("#knowledge-panel", "无法连接数据库怎么办");
            String id = browser.element(By.cssSelector("#knowledge-panel [data-kb-suggested]"))
                    .getAttribute("data-kb-suggested");
            browser.click("insert-text-" + id);
            assertThat(browser.element(By.id("reply-body")).getDomProperty("value"))
                    .contains("自助排查");
            browser.click("insert-link-" + id);
            assertThat(browser.element(By.id("reply-body")).getDomProperty("value"))
                    .contains("/portal/kb/" + id);
            browser.screenshot("knowledge-ticket-panel");
            browser.click("link-article-" + id);
            browser.waitForCss("#knowledge-panel [data-kb-linked]", "无法连接数据库怎么办");
        }
    }
}
