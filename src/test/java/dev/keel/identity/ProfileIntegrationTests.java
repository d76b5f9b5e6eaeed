package dev.keel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KeelIntegrationTest
class ProfileIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void savesLanguageAndTimeZone() {
        var user = TestAccounts.user(accounts, Role.AGENT);

        assertThat(mvc.post()
                        .uri("/profile/preferences")
                        .with(TestAccounts.signedIn(user.username(), Role.AGENT))
                        .with(csrf())
                        .param("language", "zh-CN")
                        .param("timeZone", "Europe/Berlin"))
                .hasRedirectedUrl("/profile");

        var view = accounts.loginView(user.username()).orElseThrow();
        assertThat(view.locale()).isEqualTo("zh-CN");
        assertThat(view.timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void unknownTimeZoneFallsBackToShanghai() {
        var user = TestAccounts.user(accounts, Role.AGENT);

        mvc.post()
                .uri("/profile/preferences")
                .with(TestAccounts.signedIn(user.username(), Role.AGENT))
                .with(csrf())
                .param("language", "en")
                .param("timeZone", "Mars/Olympus_Mons")
                .exchange();

        assertThat(accounts.loginView(user.username()).orElseThrow().timeZone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);
        var signedIn = TestAccounts.signedIn(user.username(), Role.REQUESTER);

        assertThat(mvc.post()
                        .uri("/profile/password")
                        .with(signedIn)
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("currentPassword", "not-it")
                        .param("newPassword", "Another-Strong-2026")
                        .param("confirmPassword", "Another-Strong-2026"))
                .hasStatusOk()
                .bodyText()
                .contains("The current password is wrong.");

        assertThat(mvc.post()
                        .uri("/profile/password")
                        .with(signedIn)
                        .with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Another-Strong-2026")
                        .param("confirmPassword", "Another-Strong-2026"))
                .hasRedirectedUrl("/profile");
        assertThat(mvc.perform(formLogin("/login").user(user.username()).password("Another-Strong-2026")))
                .hasRedirectedUrl("/");
    }

    @Test
    void mismatchedNewPasswordsAreExplained() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);

        assertThat(mvc.post()
                        .uri("/profile/password")
                        .with(TestAccounts.signedIn(user.username(), Role.REQUESTER))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Another-Strong-2026")
                        .param("confirmPassword", "Another-Strong-2027"))
                .hasStatusOk()
                .bodyText()
                .contains("两次输入的新密码不一致");
    }

    @Test
    void createdTokenIsShownOnceAndWorks() throws Exception {
        var user = TestAccounts.user(accounts, Role.AGENT);
        var signedIn = TestAccounts.signedIn(user.username(), Role.AGENT);

        var created = mvc.post()
                .uri("/profile/tokens")
                .with(signedIn)
                .with(csrf())
                .param("name", "laptop script")
                .param("scopes", "READ")
                .param("validDays", "30")
                .exchange();
        assertThat(created).hasStatusOk();
        String page = created.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var secret = java.util.regex.Pattern.compile("id=\"token-secret\">(keel_[A-Za-z0-9]+)<")
                .matcher(page);
        assertThat(secret.find()).isTrue();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret.group(1)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/profile").with(signedIn))
                .hasStatusOk()
                .bodyText()
                .contains("laptop script")
                .doesNotContain(secret.group(1));
    }

    @Test
    void tokenWithoutScopesIsRefusedWithAReason() {
        var user = TestAccounts.user(accounts, Role.AGENT);

        assertThat(mvc.post()
                        .uri("/profile/tokens")
                        .with(TestAccounts.signedIn(user.username(), Role.AGENT))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .param("name", "no scopes"))
                .hasStatusOk()
                .bodyText()
                .contains("Choose at least one scope.");
        assertThat(tokens.listFor(user.username())).isEmpty();
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        var owner = TestAccounts.user(accounts, Role.AGENT);
        var other = TestAccounts.user(accounts, Role.AGENT);
        var issued = tokens.issue(
                owner.username(), "mine", java.util.Set.of(ApiScope.READ), null, dev.keel.shared.Actor.SYSTEM);

        assertThat(mvc.post()
                        .uri("/profile/tokens/{id}/revoke", issued.id())
                        .with(TestAccounts.signedIn(other.username(), Role.AGENT))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(tokens.listFor(owner.username()).get(0).revokedAt()).isNull();
    }
}
