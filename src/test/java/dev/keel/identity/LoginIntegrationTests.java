package dev.keel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.audit.AuditLog;
import dev.keel.identity.domain.UpdateUser;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Keyset.PageRequest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KeelIntegrationTest
class LoginIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog auditLog;

    @Test
    void demoAccountsSignInAndLandOnTheirPage() {
        assertThat(mvc.perform(formLogin("/login").user("admin").password("Keel-Demo-2026")))
                .hasRedirectedUrl("/");
        assertThat(mvc.perform(formLogin("/login").user("zhang.san").password("Keel-Demo-2026")))
                .hasRedirectedUrl("/");
    }

    @Test
    void wrongPasswordRedirectsWithTheGenericError() {
        var user = TestAccounts.user(accounts, Role.AGENT);

        assertThat(mvc.perform(formLogin("/login").user(user.username()).password("wrong-password")))
                .hasRedirectedUrl("/login?error=bad");
        assertThat(mvc.perform(
                        formLogin("/login").user("nobody-" + user.username()).password("x")))
                .hasRedirectedUrl("/login?error=bad");
    }

    @Test
    void fifthFailureLocksTheAccountEvenForTheRightPassword() {
        var user = TestAccounts.user(accounts, Role.AGENT);
        for (int i = 1; i <= 4; i++) {
            assertThat(mvc.perform(formLogin("/login").user(user.username()).password("wrong-" + i)))
                    .hasRedirectedUrl("/login?error=bad");
        }

        // locked, but answered like any wrong password: the form never tells which user names exist
        assertThat(mvc.perform(formLogin("/login").user(user.username()).password("wrong-5")))
                .hasRedirectedUrl("/login?error=bad");
        assertThat(mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD)))
                .hasRedirectedUrl("/login?error=bad");
        assertThat(accounts.find(user.id()).locked()).isTrue();
        String unknown = "nobody-" + user.username();
        for (int i = 1; i <= 6; i++) {
            assertThat(mvc.perform(formLogin("/login").user(unknown).password("wrong-" + i)))
                    .hasRedirectedUrl("/login?error=bad");
        }
    }

    @Test
    void adminUnlockLetsTheUserInAgain() {
        var user = TestAccounts.user(accounts, Role.AGENT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("wrong"));
        }
        accounts.unlock(user.id(), dev.keel.shared.Actor.SYSTEM);

        assertThat(mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD)))
                .hasRedirectedUrl("/");
    }

    @Test
    void signInsFailuresAndLockoutsAreAudited() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);
        mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("wrong"));
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var actions = auditLog.page(null, PageRequest.first(200)).items().stream()
                    .filter(e -> ("user:" + user.username()).equals(e.subject()))
                    .map(e -> e.action())
                    .toList();
            assertThat(actions).contains("login.succeeded", "login.failed", "account.locked", "user.created");
        });
    }

    @Test
    void disabledUserCannotSignIn() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);
        accounts.update(
                new UpdateUser(user.id(), user.displayName(), user.email(), null, false, accounts.versionOf(user.id())),
                dev.keel.shared.Actor.SYSTEM);

        assertThat(mvc.perform(formLogin("/login").user(user.username()).password(TestAccounts.PASSWORD)))
                .hasRedirectedUrl("/login?error=bad");
    }

    @Test
    void loginPageFollowsTheBrowserLanguage() {
        assertThat(mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
                .hasStatusOk()
                .bodyText()
                .contains("登录龙骨");
        assertThat(mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
                .hasStatusOk()
                .bodyText()
                .contains("Sign in to Keel");
        assertThat(mvc.get().uri("/login?error=bad").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .bodyText()
                .contains("用户名或密码错误");
    }

    @Test
    void anonymousPagesRedirectToLogin() {
        assertThat(mvc.get().uri("/workspace"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "Keel-Demo-2026"))
                .hasStatus(403);
    }
}
