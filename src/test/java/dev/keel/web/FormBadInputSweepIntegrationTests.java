package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bad-input sweep of the HTML forms: walks the pages each demo role reaches by following links,
 * collects every POST form (plain or htmx) with a text field, and sends it back as rendered but with
 * (a) every text field a megabyte long, (b) every field the page marks {@code required} left out, and
 * (c) every required field made only of control characters (blank once cleaned). The form must come
 * back with a message (or a redirect), never a 5xx, never a Java class name or stack frame, and a
 * refused form must not add or remove a row anywhere. New forms are covered as soon as a page links them.
 */
@KeelIntegrationTest
class FormBadInputSweepIntegrationTests {

    private static final Map<String, RequestPostProcessor> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("requester", TestAccounts.signedIn("zhang.san", Role.REQUESTER));
        ROLES.put("agent", TestAccounts.signedIn("li.na", Role.AGENT));
        ROLES.put("lead", TestAccounts.signedIn("zhou.min", Role.TEAM_LEAD));
        ROLES.put("auditor", TestAccounts.signedIn("he.ping", Role.AUDITOR));
        ROLES.put("admin", TestAccounts.signedIn("admin", Role.ADMIN));
    }

    private static final List<String> START = List.of("/", "/portal", "/workspace", "/profile");
    /** Links not followed: sign-out, downloads and exports, the API and its documents, static files. */
    private static final Pattern SKIP_LINK =
            Pattern.compile("^/(logout|login|api|v3|swagger-ui|webjars|css|js|img|favicon|actuator|h2-console)\\b"
                    + "|/(files|attachments|download|export)\\b|\\.(csv|ics|png|jpg|pdf|txt|json)$");
    /** Forms not sent: signing out and switching the language change nothing a form could refuse. */
    private static final Pattern SKIP_FORM = Pattern.compile("^/(logout|locale|language)\\b");

    private static final Pattern ERROR_MARK =
            Pattern.compile("is-invalid|invalid-feedback|alert-danger|role=\"alert\"|text-danger");
    private static final List<String> LEAKS =
            List.of("dev.keel.", "java.lang.", "Exception:", "\tat ", "org.springframework.");
    private static final Set<String> VOLATILE = Set.of(
            "spring_session",
            "spring_session_attributes",
            "event_publication",
            "event_publication_archive",
            "scheduled_tasks",
            "flyway_schema_history",
            "login_throttle");
    private static final int PAGES_PER_ROLE = 160;
    private static final int VISITS_PER_PATTERN = 2;
    private static final String HUGE = "长".repeat(1_000_000);
    private static final String CONTROL_ONLY = "\u0000\u0007\u001b\u202e\u2066\t";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.keel.ticket.domain.Tickets tickets;

    @Autowired
    dev.keel.identity.UserDirectory directory;

    /** A ticket of zhang.san on li.na, so that both reach a ticket page with its forms. */
    private List<String> ticketPages() {
        long requester = directory.findUser("zhang.san").orElseThrow().id();
        long agent = directory.findUser("li.na").orElseThrow().id();
        var ticket = tickets.open(
                new dev.keel.ticket.OpenTicket(
                        null,
                        "表单检查 form sweep",
                        "details",
                        dev.keel.ticket.Channel.PORTAL,
                        null,
                        null,
                        null,
                        requester),
                requester);
        tickets.assign(ticket.id(), directory.findGroup("SD").orElseThrow().id(), agent, agent);
        return List.of("/portal/tickets/" + ticket.id(), "/workspace/tickets/" + ticket.id());
    }

    @Test
    void everyFormAnswersBadInputWithAMessageAndChangesNothing() throws Exception {
        List<String> start = new ArrayList<>(START);
        start.addAll(ticketPages());
        List<String> tables = tables();
        List<String> failures = new ArrayList<>();
        int pages = 0;
        int forms = 0;
        int sent = 0;
        for (var role : ROLES.entrySet()) {
            Crawl crawl = crawl(role.getValue(), start);
            pages += crawl.pages;
            System.out.printf("Form sweep as %s: %d pages, %d forms%n", role.getKey(), crawl.pages, crawl.forms.size());
            failures.addAll(
                    crawl.failures.stream().map(f -> role.getKey() + " " + f).toList());
            for (Form form : crawl.forms.values()) {
                forms++;
                for (Variant variant : form.variants()) {
                    Map<String, Long> before = counts(tables);
                    MockHttpServletResponse response;
                    try {
                        response = send(form, variant.fields(), role.getValue());
                    } catch (Exception e) {
                        // MockMvc rethrows what the error page would have shown as a 500
                        failures.add(role.getKey() + " POST " + form.action + " [" + variant.what() + "] (form on "
                                + form.page + ") → 500: " + rootMessage(e));
                        sent++;
                        continue;
                    }
                    sent++;
                    String problem = check(response);
                    if (problem == null && !counts(tables).equals(before)) {
                        if (changesDataEveryTime(form, variant, role.getValue(), tables)) {
                            problem = "a refused form changed data";
                        }
                    }
                    if (problem != null) {
                        failures.add(role.getKey() + " POST " + form.action + " [" + variant.what() + "] (form on "
                                + form.page + ") → " + response.getStatus() + ": " + problem);
                    }
                }
            }
        }
        System.out.printf(
                "Form sweep: %d pages walked, %d forms × their bad inputs × %d roles, %d requests sent%n",
                pages, forms, ROLES.size(), sent);
        assertThat(forms).as("forms found").isGreaterThan(20);
        assertThat(failures).as("failures of %d requests", sent).isEmpty();
    }

    // --- walking the pages ------------------------------------------------------------------------------

    private static final class Crawl {
        int pages;
        final Map<String, Form> forms = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();
    }

    private Crawl crawl(RequestPostProcessor user, List<String> start) throws Exception {
        Crawl crawl = new Crawl();
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        Map<String, Integer> patterns = new HashMap<>();
        while (!queue.isEmpty() && crawl.pages < PAGES_PER_ROLE) {
            String path = queue.poll();
            MockHttpServletResponse page;
            try {
                page = mvc.perform(get(URI.create(path))
                                .with(user)
                                .header("Accept-Language", "zh-CN")
                                .accept("text/html"))
                        .andReturn()
                        .getResponse();
            } catch (Exception e) {
                crawl.failures.add("GET " + path + " → 500: " + rootMessage(e));
                continue;
            }
            crawl.pages++;
            if (page.getStatus() >= 500) {
                crawl.failures.add("GET " + path + " → " + page.getStatus());
                continue;
            }
            String type = page.getContentType();
            if (page.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document html = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
            for (Element a : html.select("a[href]")) {
                String link = localPath(a.attr("href"), path);
                if (link == null || SKIP_LINK.matcher(link).find() || !seen.add(link)) {
                    continue;
                }
                String pattern = link.replaceAll("\\d+", "#");
                if (patterns.merge(pattern, 1, Integer::sum) <= VISITS_PER_PATTERN) {
                    queue.add(link);
                }
            }
            for (Element element : html.select("form")) {
                Form form = Form.of(element, path);
                if (form != null && !SKIP_FORM.matcher(form.action).find()) {
                    crawl.forms.putIfAbsent(form.key(), form);
                }
            }
        }
        return crawl;
    }

    /** The path and query of a same-site link, or null for anything else (other hosts, fragments, js). */
    private static String localPath(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
            return null;
        }
        try {
            URI uri = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
            if (!"localhost".equals(uri.getHost()) || uri.getRawPath() == null) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // --- the forms and their bad inputs -----------------------------------------------------------------

    private record Field(String name, String value, boolean text, boolean required) {}

    private record Variant(String what, List<Map.Entry<String, String>> fields) {}

    private record Form(String page, String action, boolean htmx, List<Field> fields) {

        static Form of(Element form, String page) {
            String method =
                    form.hasAttr("hx-post") ? "post" : form.attr("method").toLowerCase(Locale.ROOT);
            if (!method.equals("post")) {
                return null;
            }
            String target = form.hasAttr("hx-post") ? form.attr("hx-post") : form.attr("action");
            String action = target.isBlank() ? page : localPath(target, page);
            if (action == null) {
                return null;
            }
            List<Field> fields = new ArrayList<>();
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String name = input.attr("name");
                if (name.equals("_csrf") || input.hasAttr("disabled")) {
                    continue;
                }
                String tag = input.tagName();
                String type = input.attr("type").toLowerCase(Locale.ROOT);
                if (tag.equals("input") && (type.equals("checkbox") || type.equals("radio"))) {
                    if (input.hasAttr("checked")) {
                        fields.add(new Field(
                                name, input.attr("value").isEmpty() ? "on" : input.attr("value"), false, false));
                    }
                    continue;
                }
                if (tag.equals("input") && (type.equals("file") || type.equals("submit") || type.equals("button"))) {
                    continue;
                }
                if (tag.equals("select")) {
                    Element selected = input.selectFirst("option[selected]");
                    Element option = selected != null ? selected : input.selectFirst("option");
                    fields.add(new Field(name, option == null ? "" : option.attr("value"), false, false));
                    continue;
                }
                boolean text = tag.equals("textarea")
                        || List.of("", "text", "email", "url", "search", "tel", "password")
                                .contains(type);
                String value = tag.equals("textarea") ? input.text() : input.attr("value");
                fields.add(new Field(name, value, text, text && input.hasAttr("required")));
            }
            if (fields.stream().noneMatch(Field::text)) {
                return null;
            }
            return new Form(page, action, form.hasAttr("hx-post"), fields);
        }

        /** One form per action and set of fields, wherever it appears. */
        String key() {
            return action.replaceAll("\\d+", "#") + " "
                    + fields.stream().map(Field::name).sorted().toList();
        }

        List<Variant> variants() {
            List<Variant> variants = new ArrayList<>();
            variants.add(new Variant("every text field 1,000,000 characters", with(f -> f.text() ? HUGE : f.value())));
            variants.add(new Variant("every text field left out", with(f -> f.text() ? null : f.value())));
            variants.add(new Variant(
                    "every text field only control characters", with(f -> f.text() ? CONTROL_ONLY : f.value())));
            return variants;
        }

        private List<Map.Entry<String, String>> with(java.util.function.Function<Field, String> value) {
            List<Map.Entry<String, String>> sent = new ArrayList<>();
            for (Field field : fields) {
                String v = value.apply(field);
                if (v != null) {
                    sent.add(Map.entry(field.name(), v));
                }
            }
            return sent;
        }
    }

    private MockHttpServletResponse send(Form form, List<Map.Entry<String, String>> fields, RequestPostProcessor user)
            throws Exception {
        MockHttpServletRequestBuilder request = post(URI.create(form.action))
                .with(user)
                .with(csrf())
                .header("Accept-Language", "en")
                .accept("text/html");
        if (form.htmx()) {
            request.header("HX-Request", "true");
        }
        for (var field : fields) {
            request.param(field.getKey(), field.getValue());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String check(MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            return "server error " + abbreviate(body);
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "leaks '" + leak.strip() + "': " + abbreviate(body);
            }
        }
        String type = response.getContentType();
        if (status == 200
                && type != null
                && type.startsWith("text/html")
                && !ERROR_MARK.matcher(body).find()) {
            return "answered 200 without any error message: " + abbreviate(body);
        }
        return null;
    }

    // --- did a refused form change data? ----------------------------------------------------------------

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = String.valueOf(rs.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                String name = rs.getString("TABLE_NAME");
                // MariaDB has no schemas: its tables come with none (the catalog is the database)
                if ((schema.equals("public") || schema.equals("null"))
                        && !VOLATILE.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).isNotEmpty();
        return tables;
    }

    private Map<String, Long> counts(List<String> tables) {
        String sql = String.join(
                " UNION ALL ",
                tables.stream()
                        .map(t -> "SELECT '" + t + "', COUNT(*) FROM \"" + t + "\"")
                        .toList());
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /**
     * Other test contexts share the PostgreSQL database, and jobs (mail polling, SLA checks) write while
     * the sweep runs: only a change that follows each of two more attempts, after the data settled, is
     * the form's own.
     */
    private boolean changesDataEveryTime(Form form, Variant variant, RequestPostProcessor user, List<String> tables)
            throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            awaitEventsHandled();
            Map<String, Long> before = counts(tables);
            send(form, variant.fields(), user);
            if (counts(tables).equals(before)) {
                return false;
            }
        }
        return true;
    }

    private void awaitEventsHandled() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Long open = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL", Long.class);
            if (open == null || open == 0) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(root.getMessage()));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
