package dev.keel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code curl} example of README.md and docs/*.md, run as written against a freshly started Keel
 * with the whole demo (tickets, routing rules) on a new in-memory database. The {@code bash} / {@code sh}
 * blocks are read like a small shell: {@code NAME=value} and {@code NAME=$(curl … | jq PATH)} set
 * variables, {@code $(uuidgen)} is a fresh UUID, {@code | jq …} after a command is left out, and
 * {@code @file} arguments are read from {@code src/test/resources/readme-examples/}. Each call must
 * answer 2xx (a GET also a body) — or the status its comment names: a trailing {@code # 403 …}, a
 * following {@code # -> 200} line, or a comment line right above it naming one ("409 with …"). Before
 * the next command, the background work of the last one (routing, SLA clocks) is let finish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestDatabase.class, FreshDemo.class})
class ReadmeExamplesServerIntegrationTests {

    private static final Path FILES = Path.of("src/test/resources/readme-examples");
    private static final Pattern FENCE = Pattern.compile("^```(bash|sh)\\s*$");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5]\\d\\d)\\b");
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(.*)$", Pattern.DOTALL);
    private static final Pattern JQ_PATH = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)(\\[(\\d+)])?");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * The demo service desk is recorded in the background after start-up, its mails and article links
     * after it: every test starts once all of it is there, as a person's first click a few seconds in.
     */
    @org.junit.jupiter.api.BeforeEach
    void theDemoIsRecorded() {
        FreshDemo.awaitRecorded(jdbc);
    }

    @Test
    void theDemoShowsSixtyDaysOfAServiceDeskInUse() throws InterruptedException {
        settle();
        // 292 of the last sixty days and 8 of today, then the 3 mails (other tests' README calls add more)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE id <= 300", Integer.class))
                .isEqualTo(292 + 8);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ticket WHERE id <= 292 AND created_at > ?",
                        Integer.class,
                        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)))))
                .isLessThan(292 / 10);
        java.time.Instant oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM ticket", java.time.Instant.class);
        assertThat(oldest).isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(50)));
        assertThat(jdbc.queryForList("SELECT DISTINCT channel FROM ticket", String.class))
                .containsExactlyInAnyOrder(java.util.Arrays.stream(dev.keel.ticket.Channel.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
        assertThat(jdbc.queryForList("SELECT DISTINCT type FROM ticket", String.class))
                .contains("INCIDENT", "SERVICE_REQUEST", "CONSULTATION", "SECURITY_INCIDENT");
        assertThat(jdbc.queryForList("SELECT DISTINCT priority FROM ticket", String.class))
                .containsExactlyInAnyOrder("P1", "P2", "P3", "P4");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT u.organisation_id) FROM ticket t JOIN identity_user u ON u.id = t.requester_id",
                        Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE status = 'PENDING'", Integer.class))
                .isGreaterThan(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE rating IS NOT NULL", Integer.class))
                .isGreaterThan(20);
        // SLA clocks followed the history: met, missed, and running ones already past or close to due
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM sla_clock", String.class))
                .contains("MET", "BREACHED", "RUNNING");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_clock WHERE state = 'RUNNING' AND due_at < CURRENT_TIMESTAMP",
                        Integer.class))
                .isPositive();
        // solved tickets link the article that answered them; the mails kept their original message
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_article_ticket", Integer.class))
                .isGreaterThan(20);
        assertThat(jdbc.queryForList(
                        "SELECT t.title FROM channel_message m JOIN ticket t ON t.id = m.ticket_id ORDER BY m.id",
                        String.class))
                .containsExactly("会议室投影仪没有信号", "申请开通财务系统查询权限", "Cannot open the sales dashboard");
    }

    @Autowired
    dev.keel.shared.WarmUps warmUps;

    @Test
    void theNodeWarmsItselfUpAfterStartUp() throws Exception {
        assertThat(warmUps.results(java.time.Duration.ofSeconds(60)))
                .containsOnlyKeys("sign-in", "search", "pages")
                .allSatisfy((name, took) -> assertThat(took).isPositive());
        // it signed nobody in and wrote no audit entry for a failed sign-in
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'login.%' AND details LIKE '%warm-up%'",
                        Integer.class))
                .isZero();
    }

    @Test
    void theDemoHasTicketsInEveryStageCannedResponsesAndSavedViewsMadeThroughTheDomain() {
        assertThat(jdbc.queryForObject(
                        "SELECT u.username FROM ticket t JOIN identity_user u ON u.id = t.requester_id WHERE t.id = 293",
                        String.class))
                .isEqualTo("zhang.san");
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM ticket", String.class))
                .contains("NEW", "IN_PROGRESS", "PENDING", "RESOLVED", "CLOSED", "CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket_history", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE rating IS NOT NULL", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForList("SELECT language FROM ticket_canned_response", String.class))
                .contains("en", "zh-CN");
        assertThat(jdbc.queryForList(
                        "SELECT u.username FROM ticket_saved_view v JOIN identity_user u ON u.id = v.owner_id",
                        String.class))
                .contains("zhou.min", "li.na");
    }

    /** A block of shell commands, each with the status its comments expect (null: any 2xx). */
    record Command(String text, @Nullable Integer expected, int line) {}

    record Block(String file, int line, List<Command> commands) {}

    @TestFactory
    Stream<DynamicTest> everyCurlExampleWorksAsWritten() throws Exception {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(blocks("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path doc :
                    docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                blocks.addAll(blocks("docs/" + doc.getFileName()));
            }
        }
        List<Block> withCurl = blocks.stream()
                .filter(b -> b.commands().stream().anyMatch(c -> c.text().contains("curl ")))
                .toList();
        assertThat(withCurl).hasSizeGreaterThanOrEqualTo(8);
        return withCurl.stream().map(b -> DynamicTest.dynamicTest(b.file() + ":" + b.line(), () -> run(b)));
    }

    /** The bash / sh blocks of a Markdown file, as commands with their expected statuses. */
    static List<Block> blocks(String file) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(file));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!FENCE.matcher(lines.get(i).strip()).matches()) {
                continue;
            }
            int start = i + 1;
            List<Command> commands = new ArrayList<>();
            String comment = "";
            int j = start;
            for (; j < lines.size() && !lines.get(j).strip().startsWith("```"); j++) {
                String line = lines.get(j).strip();
                if (line.isEmpty()) {
                    comment = "";
                    continue;
                }
                if (line.startsWith("#")) {
                    Matcher arrow = Pattern.compile("^#\\s*->\\s*(\\d{3})").matcher(line);
                    if (arrow.find() && !commands.isEmpty()) {
                        Command last = commands.remove(commands.size() - 1);
                        commands.add(new Command(last.text(), Integer.valueOf(arrow.group(1)), last.line()));
                    } else {
                        comment = line;
                    }
                    continue;
                }
                int first = j;
                StringBuilder text = new StringBuilder();
                String current = lines.get(j);
                while (current.stripTrailing().endsWith("\\") && j + 1 < lines.size()) {
                    String t = current.stripTrailing();
                    text.append(t, 0, t.length() - 1).append(' ');
                    current = lines.get(++j);
                }
                text.append(current);
                String[] split = splitComment(text.toString());
                Integer expected = status(split[1]);
                if (expected == null) {
                    expected = status(comment);
                }
                commands.add(new Command(split[0].strip(), expected, first + 1));
                comment = "";
            }
            blocks.add(new Block(file, start, commands));
            i = j;
        }
        return blocks;
    }

    private static @Nullable Integer status(String comment) {
        Matcher m = STATUS.matcher(comment);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The command and its trailing comment (a # outside quotes after a blank). */
    private static String[] splitComment(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return new String[] {text.substring(0, i), text.substring(i + 1)};
            }
        }
        return new String[] {text, ""};
    }

    private void run(Block block) throws Exception {
        Map<String, String> variables = new HashMap<>();
        for (Command command : block.commands()) {
            String where = block.file() + " line " + command.line() + ": " + command.text();
            Matcher assignment = ASSIGNMENT.matcher(command.text());
            if (assignment.matches()) {
                String value = assignment.group(2).strip();
                if (value.startsWith("$(") && value.endsWith(")")) {
                    variables.put(
                            assignment.group(1),
                            substitute(value.substring(2, value.length() - 1), variables, where, command));
                } else {
                    variables.put(assignment.group(1), String.join(" ", words(value, variables)));
                }
                continue;
            }
            if (command.text().startsWith("curl ")) {
                pipeline(command.text(), variables, where, command);
            }
        }
    }

    /** A command substitution: uuidgen, or curl piped into a jq path. */
    private String substitute(String inner, Map<String, String> variables, String where, Command command)
            throws Exception {
        if (inner.strip().equals("uuidgen")) {
            return UUID.randomUUID().toString();
        }
        assertThat(inner.strip()).as(where).startsWith("curl ");
        String body = pipeline(inner, variables, where, command);
        String[] parts = splitPipe(inner);
        if (parts.length < 2) {
            return body.strip();
        }
        List<String> jq = words(parts[1].strip(), variables);
        assertThat(jq).as(where).isNotEmpty().first().isEqualTo("jq");
        String path = jq.get(jq.size() - 1);
        JsonNode node = json.readTree(body);
        Matcher step = JQ_PATH.matcher(path);
        int end = 0;
        while (step.find() && step.start() == end) {
            node = node.path(step.group(1));
            if (step.group(3) != null) {
                node = node.path(Integer.parseInt(step.group(3)));
            }
            end = step.end();
        }
        assertThat(end).as(where + " (jq path " + path + ")").isEqualTo(path.length());
        assertThat(node.isMissingNode() || node.isNull())
                .as(where + " gives no " + path + " in " + body)
                .isFalse();
        return node.isString() ? node.asString() : node.toString();
    }

    /** Runs the curl of a command (a pipe into jq after it only formats the answer) and checks its status. */
    private String pipeline(String text, Map<String, String> variables, String where, Command command)
            throws Exception {
        List<String> args = words(splitPipe(text)[0].strip(), variables);
        assertThat(args.get(0)).isEqualTo("curl");
        HttpResponse<byte[]> response = curl(args.subList(1, args.size()), where);
        settle();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        if (command.expected() != null) {
            assertThat(status).as(where + "\n" + body).isEqualTo(command.expected());
        } else {
            assertThat(status).as(where + "\n" + body).isBetween(200, 299);
        }
        if (response.request().method().equals("GET") && status == 200) {
            assertThat(response.body()).as(where).isNotEmpty();
        }
        return body;
    }

    /**
     * Waits (up to 10 s) until the background work a call started — routing, SLA clocks, indexing, all
     * event listeners — has finished, as it has by the time a person types the next command.
     */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Integer open = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL", Integer.class);
            if (open == null || open == 0) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static String[] splitPipe(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '|' && !single && !dbl) {
                return new String[] {text.substring(0, i), text.substring(i + 1)};
            }
        }
        return new String[] {text};
    }

    private HttpResponse<byte[]> curl(List<String> args, String where) throws Exception {
        String method = null;
        String url = null;
        List<String[]> headers = new ArrayList<>();
        byte[] data = null;
        List<String> forms = new ArrayList<>();
        String user = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-s", "--silent", "-S", "-f", "--fail", "-OJ", "-O", "-J", "-L", "-i" -> {}
                case "-o", "-w", "--output", "--write-out" -> i++;
                case "-X", "--request" -> method = args.get(++i);
                case "-H", "--header" -> {
                    String h = args.get(++i);
                    int colon = h.indexOf(':');
                    headers.add(new String[] {
                        h.substring(0, colon).strip(), h.substring(colon + 1).strip()
                    });
                }
                case "-d", "--data", "--data-raw", "--data-binary" -> {
                    String d = args.get(++i);
                    data = d.startsWith("@") && !a.equals("--data-raw")
                            ? Files.readAllBytes(FILES.resolve(d.substring(1)))
                            : d.getBytes(StandardCharsets.UTF_8);
                }
                case "-F", "--form" -> forms.add(args.get(++i));
                case "-u", "--user" -> user = args.get(++i);
                default -> {
                    assertThat(a)
                            .as(where + ": an option the test does not know")
                            .doesNotStartWith("-");
                    url = a;
                }
            }
        }
        assertThat(url).as(where).startsWith("http://localhost:8080/");
        URI uri = URI.create(url.replace("http://localhost:8080", "http://localhost:" + port));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        headers.forEach(h -> request.header(h[0], h[1]));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (!forms.isEmpty()) {
            String boundary = "keel-" + UUID.randomUUID();
            publisher = HttpRequest.BodyPublishers.ofByteArray(multipart(forms, boundary));
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        } else if (data != null) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(data);
            if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Content-Type"))) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
            }
        }
        String verb = method != null ? method : (data != null || !forms.isEmpty()) ? "POST" : "GET";
        request.method(verb, publisher);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code -F name=@file;type=…} and {@code -F name=value} parts. */
    private static byte[] multipart(List<String> forms, String boundary) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        for (String form : forms) {
            int eq = form.indexOf('=');
            String name = form.substring(0, eq);
            String value = form.substring(eq + 1);
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (value.startsWith("@")) {
                String[] parts = value.substring(1).split(";");
                String type = "application/octet-stream";
                for (int k = 1; k < parts.length; k++) {
                    if (parts[k].startsWith("type=")) {
                        type = parts[k].substring(5);
                    }
                }
                out.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + parts[0]
                                + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(Files.readAllBytes(FILES.resolve(parts[0])));
            } else {
                out.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value)
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Shell words: single quotes literal, double quotes and bare words with $NAME / ${NAME} expanded. */
    static List<String> words(String text, Map<String, String> variables) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                word.append(text, i + 1, close);
                i = close;
                inWord = true;
            } else if (c == '"') {
                int close = i + 1;
                while (text.charAt(close) != '"') {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                word.append(expand(text.substring(i + 1, close).replace("\\\"", "\""), variables));
                i = close;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                int end = i;
                while (end < text.length()
                        && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '\''
                        && text.charAt(end) != '"') {
                    end++;
                }
                word.append(expand(text.substring(i, end), variables));
                i = end - 1;
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static String expand(String text, Map<String, String> variables) {
        Matcher m = Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)}?").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            assertThat(value).as("$" + m.group(1) + " is set before " + text).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
