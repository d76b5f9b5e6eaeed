package dev.keel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.domain.UserAccounts;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KeelIntegrationTest
class AdminPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void adminCreatesAUserWithRolesThroughTheForm() {
        String username = TestAccounts.uniqueName("form");

        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "王芳 Wang Fang")
                        .param("email", "wang.fang@test.example")
                        .param("password", "Strong-Enough-2026")
                        .param("roles", "AGENT", "TEAM_LEAD"))
                .hasStatus3xxRedirection();

        var created = accounts.find(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("王芳 Wang Fang");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.TEAM_LEAD);
    }

    @Test
    void weakPasswordIsExplainedNextToTheFieldAndNothingIsCreated() {
        String username = TestAccounts.uniqueName("weakform");

        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .param("username", username)
                        .param("displayName", "Weak")
                        .param("email", "weak@test.example")
                        .param("password", "short"))
                .hasStatusOk()
                .bodyText()
                .contains("密码至少需要 12 个字符");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void invalidEmailIsShownInEnglishToo() {
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("username", TestAccounts.uniqueName("mail"))
                        .param("displayName", "Mail")
                        .param("email", "not-an-address")
                        .param("password", "Strong-Enough-2026"))
                .hasStatusOk()
                .bodyText()
                .contains("Not a valid e-mail address.");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .param("username", TestAccounts.uniqueName("csrf")))
                .hasStatus(403);
    }

    @Test
    void adminGrantsAndRevokesARole() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);

        mvc.post()
                .uri("/admin/users/{id}/roles", user.id())
                .with(TestAccounts.signedIn("admin", Role.ADMIN))
                .with(csrf())
                .param("role", "AGENT")
                .exchange();
        assertThat(accounts.find(user.id()).roles()).contains(Role.AGENT);

        mvc.post()
                .uri("/admin/users/{id}/roles/{role}/revoke", user.id(), "AGENT")
                .with(TestAccounts.signedIn("admin", Role.ADMIN))
                .with(csrf())
                .exchange();
        assertThat(accounts.find(user.id()).roles()).doesNotContain(Role.AGENT);
    }

    @Test
    void consolePagesRender() {
        var admin = TestAccounts.signedIn("admin", Role.ADMIN);
        assertThat(mvc.get().uri("/admin/users").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("zhou.min");
        assertThat(mvc.get().uri("/admin/users/1").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("admin");
        assertThat(mvc.get().uri("/admin/groups").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Service Desk");
        assertThat(mvc.get().uri("/admin/organisations").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("ECM");
    }

    @Test
    void unknownRecordIsALocalisedNotFoundPage() {
        assertThat(mvc.get()
                        .uri("/admin/users/987654321")
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatus(404)
                .bodyText()
                .contains("页面不存在");
    }

    @Test
    void forbiddenPageIsLocalised() {
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .with(TestAccounts.signedIn("zhang.san", Role.REQUESTER))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatus(403);
    }

    @Test
    void languageSwitchIsRememberedForTheUser() {
        var user = TestAccounts.user(accounts, Role.AGENT);

        assertThat(mvc.post()
                        .uri("/preferences/language")
                        .with(TestAccounts.signedIn(user.username(), Role.AGENT))
                        .with(csrf())
                        .param("lang", "zh-CN")
                        .param("back", "/workspace"))
                .hasRedirectedUrl("/workspace");

        assertThat(accounts.loginView(user.username()).orElseThrow().locale())
                .isEqualTo(Locale.SIMPLIFIED_CHINESE.toLanguageTag());
    }

    @Test
    void languageSwitchRefusesForeignRedirects() {
        assertThat(mvc.post()
                        .uri("/preferences/language")
                        .with(csrf())
                        .param("lang", "en")
                        .param("back", "//evil.example/phish"))
                .hasRedirectedUrl("/");
    }
}
