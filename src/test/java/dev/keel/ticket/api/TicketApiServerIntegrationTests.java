package dev.keel.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** Uploads over the server's multipart limit, which only a real servlet container enforces. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class TicketApiServerIntegrationTests {

    private static final String REQUESTER = "Bearer keel_demo_requester_2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUploadOverTheMultipartLimitIsAProblemNotAServerError() throws Exception {
        var opened = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tickets"))
                        .header("Authorization", REQUESTER)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Huge upload\",\"description\":\"d\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(201);
        String id = opened.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");

        var response = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/tickets/" + id + "/attachments"))
                        .header("Authorization", REQUESTER)
                        .header("Accept-Language", "en")
                        .header("Content-Type", "multipart/form-data; boundary=keelboundary")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(10 * 1024 * 1024 + 100_000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":413", "problems/http-413")
                .doesNotContain("Exception");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ticket_attachment WHERE ticket_id = ?",
                        Integer.class,
                        Long.parseLong(id)))
                .isZero();
    }

    private static byte[] multipart(int size) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--keelboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[size]);
        body.writeBytes("\r\n--keelboundary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
