package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The requester's journey in real Chromium: a request with a category, then finding it in "my tickets". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class PortalBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Test
    void requesterSubmitsARequestAndSeesItInMyTickets() {
        String title = "VPN 断线 drops every hour " + System.nanoTime() % 100_000;
        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("zhang.san", DEMO_PASSWORD);
            browser.waitFor("new-request");
            assertThat(browser.path()).isEqualTo("/portal");
            browser.screenshot("portal-my-tickets-before");

            browser.click("new-request");
            browser.waitFor("request-form");
            browser.click("submit-request");
            browser.waitForText("request-form", "Choose a category.");
            browser.screenshot("portal-new-request-errors");

            browser.select("categoryId", "VPN");
            browser.waitForText("category-hint", "exact error message");
            browser.type("title", title);
            browser.type("description", "The VPN client says: connection reset by peer.");
            browser.select("urgency", "Urgent: my work is seriously hindered");
            browser.select("impact", "My team");
            browser.screenshot("portal-new-request");
            browser.click("submit-request");

            browser.waitFor("submitted");
            assertThat(browser.text("page-title")).isEqualTo(title);
            assertThat(browser.text("ticket-status")).isEqualTo("new");
            browser.screenshot("portal-ticket");

            browser.type("body", "It also happens at home.");
            browser.click("send-reply");
            browser.waitForText("conversation", "It also happens at home.");
            assertThat(browser.path()).startsWith("/portal/tickets/");
            browser.screenshot("portal-ticket-replied");

            browser.open("/portal");
            browser.waitForText("my-tickets", title);
            assertThat(browser.element(By.id("my-tickets")).getText())
                    .contains("VPN")
                    .contains("new");
            browser.screenshot("portal-my-tickets");
        }
    }

    @Test
    void theChinesePortalUsesChineseNamesAndHints() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("li.si", DEMO_PASSWORD);
            browser.waitForText("page-title", "服务门户");
            browser.open("/portal/tickets/new");
            browser.select("categoryId", "打印机");
            browser.waitForText("category-hint", "资产标签");
            browser.screenshot("portal-new-request-zh");
        }
    }
}
