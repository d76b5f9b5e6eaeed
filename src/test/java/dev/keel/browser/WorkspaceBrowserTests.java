package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestAccounts;
import dev.keel.TestDatabase;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** An agent's day in real Chromium: find a new ticket in the unassigned queue, claim, reply, resolve. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class WorkspaceBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    UserDirectory directory;

    @Test
    void agentClaimsRepliesToAndResolvesATicketFromTheUnassignedQueue() {
        long zhangSan = directory.findUser("zhang.san").orElseThrow().id();
        long serviceDesk = directory.groups().stream()
                .filter(g -> g.code().equals("SD"))
                .findFirst()
                .orElseThrow()
                .id();
        String title = "打印机脱机 printer offline " + TestAccounts.uniqueName("b");
        TicketView opened = tickets.open(
                new OpenTicket(null, title, "三楼打印机无法打印。", Channel.PORTAL, null, Impact.MINOR, Urgency.HIGH, zhangSan),
                zhangSan);
        tickets.assign(opened.id(), serviceDesk, null, zhangSan);

        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("page-title");
            assertThat(browser.path()).isEqualTo("/workspace");

            browser.click("queue-unassigned");
            browser.waitFor("open-" + opened.number());
            assertThat(browser.text("queue-table")).contains(title, "Zhang San", "Service Desk");
            browser.screenshot("workspace-queue");

            browser.click("open-" + opened.number());
            browser.waitForText("ticket-number", opened.number());
            browser.click("claim");
            browser.waitForText("notice", "You took the ticket.");
            assertThat(browser.text("detail-assignee")).contains("Li Na");

            browser.type("reply-body", "您好，我们正在处理 — we are on it.");
            browser.type("timeSpentMinutes", "10\n");
            browser.waitForText("notice", "The reply was sent.");
            assertThat(browser.text("conversation")).contains("we are on it.");

            browser.click("resolve-toggle");
            browser.click("resolution-code-SOLVED");
            browser.type("resolutionNotes", "Restarted the print spooler.");
            browser.screenshot("workspace-ticket");
            browser.click("resolve");
            browser.waitForText("notice", "The ticket was resolved.");
            assertThat(browser.text("ticket-status")).isEqualTo("resolved");
            assertThat(browser.text("history-table")).contains("Li Na");
            browser.screenshot("workspace-ticket-resolved");
        }

        TicketView resolved = tickets.find(opened.id()).orElseThrow();
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.assigneeId())
                .isEqualTo(directory.findUser("li.na").orElseThrow().id());
        assertThat(tickets.entries(opened.id())).extracting(e -> e.kind()).contains(EntryKind.PUBLIC_REPLY);
    }
}
