package dev.keel.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.identity.GroupTier;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Where each user lands from {@code /}: every demo account where the README's table says. */
@KeelIntegrationTest
class LandingIntegrationTests {

    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+`) \\| [^|]+ \\| [^|]+ \\| ([^|]+) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z.]+)`");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SupportGroups groups;

    static Map<String, String> readmeLandings() throws Exception {
        Map<String, String> landings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            String landsOn = row.group(2).strip();
            String path = landsOn.startsWith("workspace")
                    ? "/workspace"
                    : landsOn.startsWith("portal")
                            ? "/portal"
                            : landsOn.startsWith("audit log") ? "/admin/audit" : null;
            if (path == null) {
                continue;
            }
            Matcher name = NAME.matcher(row.group(1));
            while (name.find()) {
                landings.put(name.group(1), path);
            }
        }
        return landings;
    }

    String landingOf(dev.keel.identity.UserSummary user) {
        var result = mvc.get().uri("/").with(KeelPrincipals.signedIn(user)).exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void everyDemoAccountLandsWhereTheReadmeSays() throws Exception {
        Map<String, String> landings = readmeLandings();
        assertThat(landings).containsKeys("admin", "zhou.min", "huang.wei", "xu.ling", "he.ping", "alice.wu");
        assertThat(landings).hasSize(14);

        landings.forEach((username, path) -> assertThat(
                        landingOf(directory.findUser(username).orElseThrow()))
                .as(username)
                .isEqualTo(path));
    }

    @Test
    void anAgentInNoSupportGroupLandsOnThePortalAndOnTheWorkspaceOnceInAGroup() {
        var agent = TestAccounts.user(accounts, Role.AGENT);
        assertThat(landingOf(agent)).isEqualTo("/portal");
        String code = "L" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        var group = groups.create(code, "Landing " + code, null, GroupTier.L2, null, Actor.SYSTEM);
        groups.addMember(group.id(), agent.username(), Actor.SYSTEM);
        assertThat(landingOf(agent)).isEqualTo("/workspace");

        var manager = TestAccounts.user(accounts, Role.AGENT, Role.PROBLEM_MANAGER);
        assertThat(landingOf(manager)).isEqualTo("/workspace");
    }
}
