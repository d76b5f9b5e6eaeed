package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestAccounts;
import dev.keel.TestDatabase;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Tickets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Defects a new user ran into in a walk-through, each checked in real Chromium where it showed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class WalkthroughBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    UserDirectory directory;

    @Test
    void anAgentSavesTheCustomFilterAsAView() {
        String name = "Open P1 " + TestAccounts.uniqueName("v");
        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("page-title");
            browser.open("/workspace?queue=CUSTOM");
            browser.type("view-name", name);
            browser.click("save-view");

            browser.waitForText("saved-views", name);
            assertThat(browser.path()).startsWith("/workspace?view=");
            assertThat(browser.pageText()).doesNotContain("Not allowed");
        }
    }

    @Test
    void theKnowledgeBaseIsTheOnlyHighlightedNavbarEntryOnItsPages() {
        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("page-title");
            browser.open("/workspace/kb");
            browser.waitFor("page-title");

            assertThat(browser.elements(By.cssSelector("#main-nav .nav-link.active")))
                    .singleElement()
                    .satisfies(link -> assertThat(link.getAttribute("data-nav")).isEqualTo("/workspace/kb"));

            browser.open("/workspace");
            browser.waitFor("page-title");
            assertThat(browser.elements(By.cssSelector("#main-nav .nav-link.active")))
                    .singleElement()
                    .satisfies(link -> assertThat(link.getAttribute("data-nav")).isEqualTo("/workspace"));
        }
    }

    @Test
    void aRefusedResolveShowsTheErrorInViewAndAReloadShowsTheTicketNotAnErrorPage() {
        TicketView ticket = serviceDeskTicket("Monitor flickers " + TestAccounts.uniqueName("r"));
        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("page-title");
            browser.open("/workspace/tickets/" + ticket.id());
            browser.waitForText("ticket-number", ticket.number());
            browser.click("claim");
            browser.waitForText("notice", "You took the ticket.");

            browser.click("resolve-toggle");
            browser.type("resolutionNotes", "Swapped the cable.");
            browser.click("resolve");

            browser.waitFor("resolutionCode-error");
            browser.screenshot("walkthrough-resolve-refused");
            browser.waitUntil(() -> browser.inViewport("resolutionCode-error"));
            assertThat(browser.path()).isEqualTo("/workspace/tickets/" + ticket.id());

            browser.refresh();
            browser.waitForText("ticket-number", ticket.number());
            assertThat(browser.pageText()).doesNotContain("Not allowed", "not allowed here");
            browser.open("/workspace/tickets/" + ticket.id() + "/resolve");
            browser.waitForText("ticket-number", ticket.number());
        }
    }

    @Test
    void theAdministratorsNavbarFitsWithTheConsoleBehindOneMenuInBothLanguagesAndWidths() {
        for (String language : new String[] {"en-US", "zh-CN"}) {
            try (Browser browser = new Browser(port, language)) {
                browser.signIn("admin", DEMO_PASSWORD);
                browser.waitFor("page-title");
                String tag = language.substring(0, 2);

                browser.resize(1366, 768);
                browser.open("/workspace");
                browser.waitFor("page-title");
                assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                        .as("no horizontal scroll at 1366 px, %s", language)
                        .isEqualTo(true);
                assertThat(browser.elements(By.cssSelector("#main-nav > ul > li > .nav-link")))
                        .as("top-level entries, %s", language)
                        .hasSizeLessThanOrEqualTo(8)
                        .allSatisfy(link -> assertThat(link.getSize().getHeight())
                                .as("one line: %s", link.getText())
                                .isLessThan(48));
                assertThat(browser.element(By.id("navbar-search")).getSize().getWidth())
                        .isGreaterThanOrEqualTo(150);
                assertThat(browser.inViewport("logout")).isTrue();
                assertThat((Boolean)
                                browser.script("const r = document.getElementById('logout').getBoundingClientRect();"
                                        + " return r.right <= window.innerWidth;"))
                        .as("sign-out within the width, %s", language)
                        .isTrue();
                browser.click("menu-console");
                browser.waitFor("menu-console-items");
                assertThat(browser.elements(By.cssSelector("#menu-console-items a[data-nav='/admin/users']")))
                        .hasSize(1);
                browser.screenshot("navbar-admin-1366-" + tag);
                browser.click("menu-console");

                browser.resize(390, 844);
                browser.open("/workspace");
                browser.waitFor("page-title");
                assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                        .as("no horizontal scroll at 390 px, %s", language)
                        .isEqualTo(true);
                browser.screenshot("navbar-admin-390-" + tag);
            }
        }
    }

    @Test
    void theQueueTableKeepsNumbersOnOneLineAndSelectsAllRowsAtOnce() {
        TicketView ticket = serviceDeskTicket("Queue row " + TestAccounts.uniqueName("q"));
        serviceDeskTicket("Queue row " + TestAccounts.uniqueName("q"));
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("page-title");
            browser.resize(1366, 768);
            browser.open("/workspace?queue=GROUPS");
            browser.waitFor("open-" + ticket.number());

            int line = browser.element(By.id("queue-title")).getSize().getHeight();
            assertThat(browser.element(By.id("open-" + ticket.number()))
                            .getSize()
                            .getHeight())
                    .as("ticket number on one line")
                    .isLessThanOrEqualTo(line);
            assertThat(browser.elements(By.cssSelector("#queue-table thead th")))
                    .allSatisfy(th -> assertThat(th.getSize().getHeight())
                            .as(th.getText())
                            .isLessThan(2 * line));

            browser.click("select-all");
            assertThat(browser.elements(By.cssSelector("#queue-table tbody input[name='selected']")))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(box -> assertThat(box.isSelected()).isTrue());
            browser.screenshot("walkthrough-queue-1366-zh");
        }
    }

    private TicketView serviceDeskTicket(String title) {
        long zhangSan = directory.findUser("zhang.san").orElseThrow().id();
        long serviceDesk = directory.groups().stream()
                .filter(g -> g.code().equals("SD"))
                .findFirst()
                .orElseThrow()
                .id();
        TicketView opened = tickets.open(
                new OpenTicket(
                        null, title, "Screen flickers.", Channel.PORTAL, null, Impact.MINOR, Urgency.MEDIUM, zhangSan),
                zhangSan);
        return tickets.assign(opened.id(), serviceDesk, null, zhangSan);
    }
}
