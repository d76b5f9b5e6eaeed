package dev.keel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The real server over HTTP: error handling outside controllers, sessions in the database, operations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ServerIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void unknownApiPathIsA404Problem() throws Exception {
        var response = get("/api/v1/no-such-thing", "Bearer keel_demo_admin_2026", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"instance\":\"/api/v1/no-such-thing\"");
    }

    @Test
    void unknownPageIsALocalisedErrorPage() throws Exception {
        signIn("li.na", "zh-CN");

        var response = get("/no-such-page", null, "zh-CN");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在").doesNotContain("Exception");
    }

    @Test
    void sessionsLiveInTheDatabase() throws Exception {
        signIn("zhou.min", "en");

        Integer sessions = jdbc.queryForObject(
                "SELECT COUNT(*) FROM SPRING_SESSION WHERE principal_name = ?", Integer.class, "zhou.min");
        assertThat(sessions).isPositive();
        assertThat(get("/workspace", null, "en").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsUpWithoutSmtp() throws Exception {
        var response = get("/actuator/health", null, "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theFaviconIsServedToEveryoneAndLinkedFromEveryPage() throws Exception {
        HttpResponse<byte[]> icon = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("icon"));
        assertThat(icon.body()).startsWith(new byte[] {0, 0, 1, 0});
        assertThat(get("/login", null, "en").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }

    @Test
    void prometheusMetricsNeedAnAdminToken() throws Exception {
        assertThat(get("/actuator/prometheus", null, "en").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer keel_demo_agent_2026", "en")
                        .statusCode())
                .isEqualTo(403);

        var response = get("/actuator/prometheus", "Bearer keel_demo_admin_2026", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        var response = get("/login", null, "en");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private void signIn(String username, String language) throws Exception {
        var login = get("/login", null, language);
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=Keel-Demo-2026&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path, String authorization, String language) throws Exception {
        var builder = HttpRequest.newBuilder(uri(path)).header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
