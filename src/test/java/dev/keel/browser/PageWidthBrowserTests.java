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
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every page each demo role reaches fits a phone (390 px) without horizontal scrolling: the pages are
 * found by following the links of the navbar and of the pages themselves, one page per kind of address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class PageWidthBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";
    private static final int PHONE_WIDTH = 390;
    private static final int PAGES_PER_ROLE = 120;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Addresses that are not pages to look at: files, exports, the API, signing out. */
    private static final Pattern NOT_A_PAGE =
            Pattern.compile("^/(logout|login|api|webjars|css|js|images|actuator|h2-console|favicon).*"
                    + "|.*(/download|/export|/attachments/|/files/|/raw|\\.csv|\\.ics|\\.json|\\.png|\\.txt).*");

    /** Measures the page: its scroll width, what sticks out, and table cells squeezed to a character. */
    private static final String MEASURE = """
            const width = window.innerWidth;
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              const scroller = e.parentElement && e.parentElement.closest('.table-responsive');
              const clipped = scroller && getComputedStyle(e).position !== 'absolute';
              if (r.width > 0 && r.right > width + 1 && !clipped
                  && getComputedStyle(e).position !== 'fixed') {
                const inner = [...e.children].some(c => c.getBoundingClientRect().right > width + 1);
                if (!inner) {
                  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' right=' + Math.round(r.right) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
                }
              }
            }
            const squeezed = [];
            for (const cell of document.querySelectorAll('td, th')) {
              const r = cell.getBoundingClientRect();
              const text = (cell.innerText || '').trim();
              const style = getComputedStyle(cell);
              const em = parseFloat(style.fontSize) || 16;
              const line = parseFloat(style.lineHeight) || em * 1.5;
              if (r.width > 0 && text.length > 3 && !text.includes(' ')
                  && r.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) < 1.6 * em
                  && r.height > 3 * line) {
                squeezed.push('"' + text.slice(0, 30) + '" width=' + Math.round(r.width));
              }
            }
            return {scroll: document.documentElement.scrollWidth, inner: width,
                    out: out.slice(0, 8), squeezed: squeezed.slice(0, 8),
                    html: document.contentType === 'text/html'};
            """;

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Autowired
    UserDirectory directory;

    @Test
    void everyPageEachDemoRoleReachesFitsAPhoneWithoutHorizontalScrolling() {
        TicketView ticket = serviceDeskTicket();
        List<String> failures = new ArrayList<>();
        record Role(String username, List<String> seeds, List<String> mustVisit) {}
        List<Role> roles = List.of(
                new Role(
                        "zhang.san",
                        List.of("/portal", "/portal/tickets/" + ticket.id(), "/portal/kb", "/search?q=printer"),
                        List.of("/portal", "/portal/tickets/{n}", "/portal/kb")),
                new Role(
                        "li.na",
                        List.of(
                                "/workspace",
                                "/workspace/tickets/" + ticket.id(),
                                "/workspace/kb",
                                "/search?q=printer"),
                        List.of("/workspace", "/workspace/tickets/{n}", "/workspace/kb", "/search?")),
                new Role(
                        "zhou.min",
                        List.of("/workspace", "/workspace/tickets/" + ticket.id()),
                        List.of("/workspace", "/workspace/tickets/{n}")),
                new Role(
                        "admin",
                        List.of(
                                "/workspace",
                                "/workspace/tickets/" + ticket.id(),
                                "/admin/sla/policies",
                                "/workspace/cmdb"),
                        List.of(
                                "/workspace",
                                "/admin/users",
                                "/admin/sla/policies",
                                "/admin/sla/calendars",
                                "/admin/sla/contracts",
                                "/admin/audit",
                                "/workspace/cmdb")),
                new Role("he.ping", List.of("/admin/audit"), List.of("/admin/audit")));
        // Chinese first: its labels break between any two characters, so a squeezed column shows there.
        for (String language : new String[] {"zh-CN", "en-US"}) {
            for (Role role : roles) {
                String who = role.username() + "-" + language.substring(0, 2);
                try (Browser browser = new Browser(port, language)) {
                    browser.signIn(role.username(), DEMO_PASSWORD);
                    browser.waitFor("page-title");
                    browser.resize(PHONE_WIDTH, 844);
                    Set<String> visited = crawl(browser, who, role.seeds(), failures);
                    System.out.println(who + " visited " + visited.size() + " kinds of page: " + visited);
                    for (String page : role.mustVisit()) {
                        if (!visited.contains(page)) {
                            failures.add(who + " never reached " + page);
                        }
                    }
                }
            }
        }
        assertThat(failures)
                .as("pages wider than %d px, or with cells squeezed to a character per line", PHONE_WIDTH)
                .isEmpty();
    }

    @Test
    void onAPhoneTheTicketListComesBeforeTheQueueList() {
        TicketView ticket = serviceDeskTicket();
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("li.na", DEMO_PASSWORD);
            browser.waitFor("page-title");
            browser.resize(PHONE_WIDTH, 844);
            browser.open("/workspace?queue=GROUPS");
            browser.waitFor("open-" + ticket.number());
            int table = browser.element(By.id("queue-table")).getLocation().getY();
            int queues = browser.element(By.id("queue-sidebar")).getLocation().getY();
            assertThat(table).as("the tickets above the queue list").isLessThan(queues);
            assertThat(browser.inViewport("open-" + ticket.number())).isTrue();
            browser.screenshot("queue-390-zh");

            browser.resize(1366, 768);
            browser.open("/workspace?queue=GROUPS");
            browser.waitFor("open-" + ticket.number());
            assertThat(browser.element(By.id("queue-sidebar")).getLocation().getX())
                    .as("the queue list to the left at 1366 px")
                    .isLessThan(
                            browser.element(By.id("queue-table")).getLocation().getX());
        }
    }

    @Test
    void theQueueTableKeepsNumbersAndHeadersOnOneLineAtLaptopWidthAndSelectsAllRows() {
        TicketView ticket = serviceDeskTicket();
        for (String language : new String[] {"en-US", "zh-CN"}) {
            try (Browser browser = new Browser(port, language)) {
                browser.signIn("li.na", DEMO_PASSWORD);
                browser.waitFor("page-title");
                browser.resize(1366, 768);
                browser.open("/workspace?queue=GROUPS");
                browser.waitFor("open-" + ticket.number());
                int number = browser.element(By.id("open-" + ticket.number()))
                        .getSize()
                        .getHeight();
                assertThat(browser.elements(By.cssSelector("#queue-table tbody td.text-nowrap a")))
                        .isNotEmpty()
                        .allSatisfy(link -> assertThat(link.getSize().getHeight())
                                .as("one line: %s", link.getText())
                                .isEqualTo(number));
                assertThat(browser.elements(By.cssSelector("#queue-table thead th")))
                        .allSatisfy(th -> assertThat(th.getSize().getHeight())
                                .as("header on one line: %s", th.getText())
                                .isLessThan(2 * number + 12));
                assertThat(browser.text("queue-count-groups")).matches("[1-9][0-9]?|99\\+");

                browser.click("select-all");
                assertThat(browser.elements(By.cssSelector("#queue-table tbody input[name='selected']")))
                        .isNotEmpty()
                        .allSatisfy(box -> assertThat(box.isSelected()).isTrue());
                browser.click("select-all");
                assertThat(browser.elements(By.cssSelector("#queue-table tbody input[name='selected']")))
                        .allSatisfy(box -> assertThat(box.isSelected()).isFalse());
                browser.screenshot("queue-1366-" + language.substring(0, 2));
            }
        }
    }

    private Set<String> crawl(Browser browser, String role, List<String> seeds, List<String> failures) {
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        queue.addFirst(browser.path());
        while (!queue.isEmpty() && visited.size() < PAGES_PER_ROLE) {
            String path = queue.poll();
            String kind = kind(path);
            if (!visited.add(kind)) {
                continue;
            }
            browser.open(path);
            settle(browser);
            if (browser.path().startsWith("/login")) {
                failures.add(role + " " + path + ": signed out");
                break;
            }
            @SuppressWarnings("unchecked")
            var measured = (java.util.Map<String, Object>) browser.script(MEASURE);
            if (!Boolean.TRUE.equals(measured.get("html"))) {
                continue;
            }
            long scroll = ((Number) measured.get("scroll")).longValue();
            long inner = ((Number) measured.get("inner")).longValue();
            List<?> squeezed = (List<?>) measured.get("squeezed");
            if (scroll > inner || !squeezed.isEmpty()) {
                String shot = "width-" + role + "-" + kind.replaceAll("[^A-Za-z0-9]+", "_");
                browser.screenshot(shot);
                failures.add(role + " " + path + ": scrollWidth " + scroll + " > innerWidth " + inner
                        + " sticking out " + measured.get("out") + " squeezed cells " + squeezed
                        + " (target/screenshots/" + shot + ".png)");
            }
            for (var link : browser.elements(By.cssSelector("a[href]"))) {
                String href = link.getAttribute("href");
                String next = local(href);
                if (next != null && !visited.contains(kind(next))) {
                    queue.add(next);
                }
            }
        }
        return visited;
    }

    /** Waits for the page and the panels htmx loads after it. */
    private static void settle(Browser browser) {
        browser.waitUntil(() -> "complete".equals(browser.script("return document.readyState;")));
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.waitUntil(() ->
                Boolean.TRUE.equals(browser.script("return document.querySelectorAll('.htmx-request').length === 0;")));
    }

    private @org.jspecify.annotations.Nullable String local(@org.jspecify.annotations.Nullable String href) {
        if (href == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"127.0.0.1".equals(uri.getHost()) || uri.getPort() != port || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        if (path.isEmpty() || NOT_A_PAGE.matcher(path).matches()) {
            return null;
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * One page per kind: numbers become {n}, and a query only marks a second kind of the same page (a
     * queue, a search with its facets), so filters and facets do not multiply the pages.
     */
    private static String kind(String path) {
        int question = path.indexOf('?');
        String bare = NUMBER.matcher(question < 0 ? path : path.substring(0, question))
                .replaceAll("{n}");
        return question < 0 ? bare : bare + "?";
    }

    private TicketView serviceDeskTicket() {
        long zhangSan = directory.findUser("zhang.san").orElseThrow().id();
        long serviceDesk = directory.groups().stream()
                .filter(g -> g.code().equals("SD"))
                .findFirst()
                .orElseThrow()
                .id();
        String title = "打印机脱机 Druckerwarteschlangenverwaltungsdienst-Neustart " + TestAccounts.uniqueName("w");
        TicketView opened = tickets.open(
                new OpenTicket(
                        null,
                        title,
                        "The printer queue service https://intranet.example.com/very/long/path/that/does/not/break/"
                                + "anywhere/at/all/printer-queue-service-restart-instructions-v2 stopped.",
                        Channel.PORTAL,
                        null,
                        Impact.MINOR,
                        Urgency.HIGH,
                        zhangSan),
                zhangSan);
        return tickets.assign(opened.id(), serviceDesk, null, zhangSan);
    }
}
