package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestAccounts;
import dev.keel.TestDatabase;
import dev.keel.identity.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Settings as in production: a private API description and small, real rate limits. */
@SpringBootTest(
        properties = {
            "keel.security.public-api-docs=false",
            "keel.test.real-rate-limits=true",
            "keel.security.api-requests-per-minute=5",
            "keel.security.sign-ins-per-minute-per-address=6",
            "keel.security.sign-ins-per-minute-per-name=3"
        })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
class ProductionSettingsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApiDescriptionNeedsASignedInUserWhenItIsNotPublic() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/v3/api-docs").with(TestAccounts.signedIn("someone", Role.AGENT)))
                .hasStatusOk();
    }

    @Test
    void theApiAnswers429WithRetryAfterOverTheLimit() {
        List<Integer> statuses = new ArrayList<>();
        MvcTestResult last = null;
        for (int i = 0; i < 8; i++) {
            last = mvc.get()
                    .uri("/api/v1/me")
                    .header(HttpHeaders.AUTHORIZATION, TestAccounts.bearer("keel_demo_agent_2026"))
                    .exchange();
            statuses.add(last.getResponse().getStatus());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(last).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(last.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, TestAccounts.bearer("keel_demo_admin_2026")))
                .hasStatusOk();
    }

    @Test
    void signInIsThrottledPerNameForUnknownNamesAndTheFloodIsAuditedOnce() {
        String unknown = TestAccounts.uniqueName("nobody");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(
                    mvc.post()
                            .uri("/login")
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf())
                            .param("username", unknown)
                            .param("password", "wrong")
                            .exchange()
                            .getResponse()
                            .getStatus());
        }

        assertThat(statuses.subList(0, 3)).containsOnly(302);
        assertThat(statuses.subList(3, 5)).containsOnly(429);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND details LIKE '%throttled%'",
                                Integer.class, unknown))
                        .isEqualTo(1));
    }
}
