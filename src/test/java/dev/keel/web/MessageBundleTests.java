package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.identity.ApiScope;
import dev.keel.identity.OrganisationKind;
import dev.keel.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in both languages, and every key the code uses exists. */
class MessageBundleTests {

    private static final Pattern AUDIT_TRIGGER = Pattern.compile(
            "\\baudit\\(|\\bpublish\\(|\\bpublishChange\\(|\\baction\\s*=|new \\w+(Changed|Administered)\\(");
    private static final Pattern DOTTED = Pattern.compile("\"([a-z][a-zA-Z-]*(?:\\.[a-zA-Z-]+)+)\"");
    private static final Pattern ACTION_METHOD =
            Pattern.compile("String action\\(\\)\\s*\\{\\s*return\\s*\"([^\"]+)\"");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:error|validation|password|login\\.error|profile|admin|nav|audit\\.verify|problem|portal|workspace|ticket|sla|channel|knowledge|search)"
                    + "\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");

    /** A key built at run time in a template: {@code #{${'ticket.status.' + t.status()}}}. */
    private static final Pattern TEMPLATE_BUILT_KEY = Pattern.compile("#\\{\\$\\{'([a-zA-Z][a-zA-Z0-9_.]*\\.)' \\+");

    /** The same in Java: {@code "ticket.status." + status.name()}, in the namespaces of messages. */
    private static final Pattern JAVA_BUILT_KEY = Pattern.compile(
            "\"((?:ticket|portal|knowledge|sla|workspace|search|channel|routing)\\.[a-zA-Z0-9_.]*\\.)\" \\+");

    /**
     * Every prefix under which a key is built at run time, with every value that can follow it. A new
     * built key fails {@link #everyKeyBuiltAtRunTimeExists()} until its values are listed here.
     */
    private static final Map<String, List<String>> BUILT_KEYS = Map.ofEntries(
            Map.entry("ticket.status.", constants("dev.keel.ticket.TicketStatus")),
            Map.entry("ticket.action.", constants("dev.keel.ticket.domain.TicketAction")),
            Map.entry("workspace.type.", constants("dev.keel.ticket.TicketType")),
            Map.entry("portal.type.", constants("dev.keel.ticket.TicketType")),
            Map.entry("workspace.urgency.", constants("dev.keel.ticket.Urgency")),
            Map.entry("portal.urgency.", constants("dev.keel.ticket.Urgency")),
            Map.entry("portal.urgencyShort.", constants("dev.keel.ticket.Urgency")),
            Map.entry("workspace.impact.", constants("dev.keel.ticket.Impact")),
            Map.entry("portal.impact.", constants("dev.keel.ticket.Impact")),
            Map.entry("portal.impactShort.", constants("dev.keel.ticket.Impact")),
            Map.entry("portal.priority.", constants("dev.keel.ticket.Priority")),
            Map.entry("workspace.resolution.", constants("dev.keel.ticket.ResolutionCode")),
            Map.entry("workspace.pending.", constants("dev.keel.ticket.PendingReason")),
            Map.entry("workspace.channel.", constants("dev.keel.ticket.Channel")),
            Map.entry("workspace.kind.", constants("dev.keel.ticket.EntryKind")),
            Map.entry("workspace.link.", withIncoming(constants("dev.keel.ticket.domain.LinkKind"))),
            Map.entry("workspace.sort.", constants("dev.keel.ticket.TicketFilter$Sort")),
            Map.entry("workspace.queue.", constants("dev.keel.ticket.web.WorkspaceQueueController$Queue")),
            Map.entry("workspace.bulk.action.", constants("dev.keel.ticket.web.WorkspaceBulkController$BulkAction")),
            Map.entry(
                    "workspace.field.",
                    List.of(
                            "status",
                            "group",
                            "assignee",
                            "pendingReason",
                            "resolutionCode",
                            "type",
                            "category",
                            "impact",
                            "urgency",
                            "title",
                            "description",
                            "priority",
                            "rating",
                            "mergedInto",
                            "channel",
                            "organisation",
                            "attachment")),
            Map.entry("sla.clock.", constants("dev.keel.sla.ClockKind")),
            Map.entry("sla.state.", constants("dev.keel.sla.ClockState")),
            Map.entry("sla.unit.", constants("dev.keel.sla.domain.TargetUnit")),
            Map.entry("sla.target.", constants("dev.keel.sla.domain.TargetUnit")),
            Map.entry("sla.action.", constants("dev.keel.sla.domain.EscalationAction")),
            Map.entry("sla.dayKind.", constants("dev.keel.sla.domain.DayKind")),
            Map.entry("sla.plan.", constants("dev.keel.sla.domain.Clocks$Reason")),
            Map.entry("sla.month.", List.of("WORKDAY", "WEEKEND", "HOLIDAY", "PARTIAL_HOLIDAY", "MAKEUP")),
            Map.entry(
                    "sla.weekday.",
                    List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
            Map.entry(
                    "sla.pause.",
                    constants("dev.keel.ticket.PendingReason").stream()
                            .map(r -> "PENDING:" + r)
                            .toList()),
            Map.entry("routing.strategy.", constants("dev.keel.routing.AssignmentStrategy")),
            Map.entry("knowledge.status.", constants("dev.keel.knowledge.domain.ArticleStatus")),
            Map.entry("knowledge.visibility.", constants("dev.keel.knowledge.domain.ArticleVisibility")),
            Map.entry("knowledge.error.transition.", constants("dev.keel.knowledge.domain.ArticleAction")),
            Map.entry("sla.mail.", List.of("warned.subject", "warned.body", "breached.subject", "breached.body")),
            Map.entry("knowledge.decision.", constants("dev.keel.knowledge.domain.ArticleReview$Decision")),
            Map.entry("channel.unknownSenders.", constants("dev.keel.channel.UnknownSenders")),
            Map.entry(
                    "channel.reason.",
                    List.of(
                            "no-mailbox",
                            "unparseable",
                            "no-sender",
                            "rate-limited",
                            "unknown-sender",
                            "refused",
                            "failed",
                            "too-large",
                            "unknown")),
            Map.entry("organisation.kind.", constants("dev.keel.identity.OrganisationKind")),
            Map.entry(
                    "scope.", Stream.of(ApiScope.values()).map(ApiScope::value).toList()),
            Map.entry("language.", List.of("zh-CN", "en")),
            Map.entry("nav.menu.", List.of("PRACTICES", "CONSOLE")),
            Map.entry("portal.stars.", List.of("1", "2", "3", "4", "5")),
            Map.entry("search.facet.", List.of("kind", "status", "priority", "category", "organisation")),
            Map.entry("audit.verify.reason.", List.of("hash", "link", "missing", "truncated")),
            Map.entry("audit.action.", auditActionsInSource()),
            Map.entry("channel.problem.", constants("dev.keel.channel.domain.ConnectionProblem")),
            Map.entry("cmdb.status.", constants("dev.keel.cmdb.CiStatus")),
            Map.entry("cmdb.environment.", constants("dev.keel.cmdb.domain.CiEnvironment")),
            Map.entry("cmdb.criticality.", constants("dev.keel.cmdb.domain.Criticality")),
            Map.entry("cmdb.kind.", constants("dev.keel.cmdb.domain.AttributeKind")),
            Map.entry("cmdb.propagation.", constants("dev.keel.cmdb.domain.RelationType$Propagation")),
            Map.entry("cmdb.impact.state.", List.of("focus", "failed", "affected", "degraded", "normal")),
            Map.entry("cmdb.class.", List.of("code", "nameZh", "nameEn", "helpZh", "helpEn")),
            Map.entry("cmdb.attribute.", List.of("code", "nameZh", "nameEn", "helpZh", "helpEn", "choices")),
            Map.entry("cmdb.import.kind.", constants("dev.keel.cmdb.domain.CiImport$Kind")),
            Map.entry("cmdb.relationType.", List.of("outgoingZh", "outgoingEn", "incomingZh", "incomingEn")));

    /**
     * Every action name the code records in the audit log: dotted literals in the statements that
     * publish an audit event ({@code audit(…)}, {@code publish(…)}, {@code new …Changed(…)}, an
     * {@code action = …} assignment) and the literals returned by {@code action()} methods.
     */
    static List<String> auditActionsInSource() {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String statement : source.split("[;{}]")) {
                    if (AUDIT_TRIGGER.matcher(statement).find() && !statement.contains("Exception")) {
                        Matcher m = DOTTED.matcher(statement);
                        while (m.find()) {
                            actions.add(m.group(1));
                        }
                    }
                }
                Matcher m = ACTION_METHOD.matcher(source);
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(actions);
    }

    @Test
    void theAuditActionScanFindsTheActionsOfEveryModule() {
        assertThat(auditActionsInSource())
                .contains(
                        "login.succeeded",
                        "token.created",
                        "service-level.policy-created",
                        "knowledge.category.retired",
                        "routing.rule-created",
                        "cmdb.class.created",
                        "mailbox.tested",
                        "priority-matrix.changed")
                .hasSizeGreaterThan(50);
    }

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
                .as("keys in English but not in Chinese, or the reverse")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void noTranslationIsEmpty() {
        Stream.of(english, chinese)
                .forEach(bundle -> bundle.stringPropertyNames()
                        .forEach(key ->
                                assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void chineseIsTranslatedNotCopied() {
        long identical = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .filter(key -> !key.startsWith("language.") && !key.equals("audit.seq"))
                .count();
        assertThat(identical)
                .as("messages whose Chinese text equals the English one")
                .isZero();
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> used = scan(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY);
        assertThat(used).isNotEmpty();
        assertThat(used)
                .allSatisfy(key -> assertThat(english.containsKey(key))
                        .as("template key %s", key)
                        .isTrue());
    }

    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> used = scan(Path.of("src/main/java"), ".java", JAVA_KEY);
        assertThat(used).isNotEmpty();
        assertThat(used)
                .allSatisfy(key -> assertThat(english.containsKey(key))
                        .as("Java key %s", key)
                        .isTrue());
    }

    @Test
    void everyKeyBuiltAtRunTimeExists() throws IOException {
        Set<String> prefixes = scan(Path.of("src/main/resources/templates"), ".html", TEMPLATE_BUILT_KEY);
        prefixes.addAll(scan(Path.of("src/main/java"), ".java", JAVA_BUILT_KEY));
        assertThat(prefixes).isNotEmpty();
        assertThat(BUILT_KEYS.keySet())
                .as("prefixes of keys built at run time whose values are not listed in BUILT_KEYS")
                .containsAll(prefixes);
        for (String prefix : prefixes) {
            for (String value : BUILT_KEYS.get(prefix)) {
                assertThat(english.containsKey(prefix + value))
                        .as("built key %s", prefix + value)
                        .isTrue();
            }
        }
    }

    @Test
    void everyRoleScopeAndKindHasALabel() {
        for (Role role : Role.values()) {
            assertThat(english).containsKey(role.messageKey());
        }
        for (ApiScope scope : ApiScope.values()) {
            assertThat(english).containsKey("scope." + scope.value());
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            assertThat(english).containsKey("organisation.kind." + kind);
        }
    }

    private static List<String> constants(String enumClass) {
        try {
            return Stream.of(Class.forName(enumClass).getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> withIncoming(List<String> kinds) {
        return Stream.concat(kinds.stream(), kinds.stream().map(k -> k + ".in")).toList();
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
