package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import dev.keel.identity.UserDirectory;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.domain.Tickets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The navbar search box in real Chromium: Chinese words with highlights for agents, own tickets for requesters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class SearchBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    UserDirectory directory;

    @Test
    void agentFindsATicketByAChineseWordFromTheMiddleOfTheTitle() {
        String marker = marker();
        long id = open("zhang.san", "服务器无法连接数据库 " + marker, "早上九点开始，应用报连接超时。");

        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("navbar-search");
            browser.type("navbar-search", "数据库 " + marker);
            browser.element(By.id("navbar-search")).sendKeys(Keys.ENTER);
            browser.waitFor("search-hits");
            var hit = browser.element(By.cssSelector(".search-hit[data-id='" + id + "']"));
            assertThat(hit.findElement(By.cssSelector("mark")).getText()).isEqualTo("数据库");
            assertThat(hit.findElement(By.className("hit-title")).getAttribute("href"))
                    .endsWith("/workspace/tickets/" + id);
            assertThat(browser.element(By.id("search-facets")).getText()).contains("状态");
            browser.screenshot("search-agent-chinese");
        }
    }

    @Test
    void requesterSeesOnlyTheirOwnTickets() {
        String marker = marker();
        long own = open("zhang.san", "Printer on floor 3 " + marker, "paper jam");
        long foreign = open("alice.wu", "Printers in the lobby " + marker, "toner");

        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("zhang.san", DEMO_PASSWORD);
            browser.waitFor("navbar-search");
            browser.type("navbar-search", "printers " + marker);
            browser.element(By.id("navbar-search")).sendKeys(Keys.ENTER);
            browser.waitFor("search-hits");
            assertThat(browser.element(By.id("search-hits")).findElements(By.cssSelector(".search-hit")))
                    .extracting(e -> e.getAttribute("data-id"))
                    .containsExactly(String.valueOf(own));
            assertThat(browser.pageText()).doesNotContain("lobby");
            assertThat(browser.element(By.cssSelector(".search-hit .hit-title")).getAttribute("href"))
                    .endsWith("/portal/tickets/" + own)
                    .doesNotContain(String.valueOf(foreign) + "/");
            browser.screenshot("search-requester");
        }
    }

    private long open(String requester, String title, String description) {
        long requesterId = directory.findUser(requester).orElseThrow().id();
        long id = tickets.open(
                        new OpenTicket(
                                TicketType.INCIDENT, title, description, Channel.PORTAL, null, null, null, requesterId),
                        requesterId)
                .id();
        long lead = directory.findUser("zhou.min").orElseThrow().id();
        long serviceDesk = directory.groupsOf(lead).stream()
                .filter(g -> g.code().equals("SD"))
                .findFirst()
                .orElseThrow()
                .id();
        tickets.assign(id, serviceDesk, null, lead);
        return id;
    }

    private static String marker() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }
}
