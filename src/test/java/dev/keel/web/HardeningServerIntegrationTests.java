package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Headers and cookies of the real server, also behind a TLS-terminating proxy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class HardeningServerIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (viaHttpsProxy) {
            builder.header("X-Forwarded-Proto", "https");
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var response = get("/login", true);

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("KEEL_SESSION=").containsIgnoringCase("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookie() throws Exception {
        var response = get("/login", false);

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void pagesAndTheApiSendPermissionsAndOpenerPolicies() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/me"}) {
            var response = get(path, false);
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
            assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy"))
                    .as(path)
                    .contains("same-origin");
        }
    }
}
