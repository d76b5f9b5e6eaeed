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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in both languages, and every key the code uses exists. */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:error|validation|password|login\\.error|profile|admin|nav|audit\\.verify|problem|portal|workspace|ticket|sla|channel|knowledge|search)"
                    + "\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");

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
