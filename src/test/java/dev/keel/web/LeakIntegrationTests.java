package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What one person may not see does not reach them through a side door. */
@KeelIntegrationTest
class LeakIntegrationTests {

    private static final String ADMIN = TestAccounts.bearer("keel_demo_admin_2026");
    private static final String REQUESTER = TestAccounts.bearer("keel_demo_requester_2026");
    private static final String AGENT = TestAccounts.bearer("keel_demo_agent_2026");

    @Autowired
    MockMvcTester mvc;

    @Test
    void aRequestersHistoryDoesNotNameAnInternalFile() throws Exception {
        var opened = mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, REQUESTER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"History visibility\",\"description\":\"d\"}")
                .exchange();
        assertThat(opened).hasStatus(201);
        String id = opened.getResponse().getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
        for (var file : new String[][] {{"internal-secret.txt", "true"}, {"public-notes.txt", "false"}}) {
            assertThat(mvc.post()
                            .uri("/api/v1/tickets/" + id + "/attachments")
                            .header(HttpHeaders.AUTHORIZATION, ADMIN)
                            .multipart()
                            .file(new MockMultipartFile("file", file[0], "text/plain", "x".getBytes()))
                            .param("internal", file[1]))
                    .hasStatus(201);
        }

        assertThat(mvc.get().uri("/api/v1/tickets/" + id + "/history").header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatusOk()
                .bodyText()
                .contains("public-notes.txt")
                .doesNotContain("internal-secret.txt");
        assertThat(mvc.get().uri("/api/v1/tickets/" + id + "/history").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .hasStatusOk()
                .bodyText()
                .contains("public-notes.txt", "internal-secret.txt");
    }

    @Test
    void theReporterOfASecurityIncidentFollowsItAndOtherAgentsDoNotSeeIt() throws Exception {
        var opened = mvc.post()
                .uri("/api/v1/tickets")
                .header(HttpHeaders.AUTHORIZATION, REQUESTER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"SECURITY_INCIDENT\",\"title\":\"Phishing mail\",\"description\":\"d\"}")
                .exchange();
        assertThat(opened).hasStatus(201);
        long id =
                Long.parseLong(opened.getResponse().getContentAsString().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
        assertThat(mvc.get().uri("/api/v1/tickets/" + id).header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/tickets?type=SECURITY_INCIDENT").header(HttpHeaders.AUTHORIZATION, REQUESTER))
                .hasStatusOk()
                .bodyText()
                .contains("Phishing mail");
        assertThat(mvc.get().uri("/api/v1/tickets/" + id).header(HttpHeaders.AUTHORIZATION, AGENT))
                .hasStatus(404);
    }
}
