package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.FreshDemo;
import dev.keel.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The main pages of a fresh demo as a newcomer sees them, in Chinese and English, at laptop (1366 × 768)
 * and phone (390 × 844) width: an agent's workspace full of tickets, the printer ticket of the README,
 * a search, and a requester's portal with her history. Each page must show the living demo and fit
 * the width; a screenshot of each is kept in target/screenshots for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestDatabase.class, FreshDemo.class})
class LivingDemoBrowserTests {

    private static final String PASSWORD = "Keel-Demo-2026";
    private static final int[][] SIZES = {{1366, 768}, {390, 844}};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theDemoIsRecorded() {
        FreshDemo.awaitRecorded(jdbc);
    }

    @Test
    void theMainPagesShowAServiceDeskInUseInBothLanguagesAtBothWidths() {
        List<String> problems = new ArrayList<>();
        for (String language : new String[] {"zh-CN", "en-US"}) {
            String lang = language.substring(0, 2);
            try (Browser agent = new Browser(port, language)) {
                agent.signIn("li.na", PASSWORD);
                agent.waitFor("page-title");
                for (int[] size : SIZES) {
                    agent.resize(size[0], size[1]);
                    String at = lang + "-" + size[0];

                    agent.open("/workspace?queue=GROUPS");
                    agent.waitFor("queue-table");
                    assertThat(agent.elements(By.cssSelector("#queue-table tbody tr")))
                            .as("a full queue (%s)", at)
                            .hasSizeGreaterThan(10);
                    assertThat(agent.text("queue-count-breached"))
                            .as("tickets past their SLA targets")
                            .matches("[1-9][0-9]?|99\\+");
                    int line =
                            agent.element(By.id("queue-count-groups")).getSize().getHeight();
                    assertThat(agent.elements(By.cssSelector("#saved-views button")))
                            .as("saved views' remove buttons on one line (%s)", at)
                            .isNotEmpty()
                            .allSatisfy(b -> assertThat(b.getSize().getHeight()).isLessThan(2 * line));
                    check(agent, "demo-workspace-" + at, problems);

                    agent.open("/workspace/tickets/293");
                    agent.waitFor("page-title");
                    assertThat(agent.text("page-title")).contains("三楼打印机无法打印");
                    // the printer articles li.na linked, in the knowledge panel (loaded after the page)
                    agent.waitUntil(() -> agent.elements(By.cssSelector("#knowledge-articles [data-kb-linked]"))
                                    .size()
                            >= 2);
                    check(agent, "demo-ticket-" + at, problems);

                    agent.open("/search?q=" + (lang.equals("zh") ? "%E6%89%93%E5%8D%B0%E6%9C%BA" : "printer"));
                    agent.waitFor("search-hits");
                    assertThat(agent.elements(By.cssSelector("#search-hits > *")))
                            .as("printer tickets and articles found (%s)", at)
                            .hasSizeGreaterThan(3);
                    check(agent, "demo-search-" + at, problems);
                }
            }
            try (Browser requester = new Browser(port, language)) {
                requester.signIn("alice.wu", PASSWORD);
                for (int[] size : SIZES) {
                    requester.resize(size[0], size[1]);
                    String at = lang + "-" + size[0];
                    requester.open("/portal");
                    requester.waitFor("my-tickets");
                    assertThat(requester.elements(By.cssSelector("#my-tickets tbody tr")))
                            .as("alice.wu's history (%s)", at)
                            .hasSizeGreaterThan(5);
                    check(requester, "demo-portal-" + at, problems);
                }
            }
        }
        assertThat(problems).as("pages wider than the window").isEmpty();
    }

    private static void check(Browser browser, String shot, List<String> problems) {
        browser.screenshot(shot);
        long scroll = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
        long inner = ((Number) browser.script("return window.innerWidth;")).longValue();
        if (scroll > inner) {
            problems.add(shot + ": scrollWidth " + scroll + " > innerWidth " + inner);
        }
    }
}
