package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Bad requests that only a real servlet container sees: raw paths, header bytes and multipart bodies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class BadInputServerIntegrationTests {

    private static final String ADMIN = "Bearer keel_demo_admin_2026";

    @LocalServerPort
    int port;

    private RawHttp.Answer raw(String head, String body) throws Exception {
        return RawHttp.send(port, RawHttp.request(head, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.headers()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("Exception", "<html", "Tomcat");
    }

    @Test
    void aNonAsciiIdempotencyKeyIsA400Problem() throws Exception {
        byte[] head = ("POST /api/v1/tickets HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                        + "\r\nContent-Type: application/json\r\nIdempotency-Key: ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] key = "键-ключ".getBytes(StandardCharsets.UTF_8);
        byte[] body = "{\"title\":\"t\",\"description\":\"d\"}".getBytes(StandardCharsets.UTF_8);
        byte[] rest = ("\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(key);
        out.writeBytes(rest);
        out.writeBytes(body);

        assertProblem(RawHttp.send(port, out.toByteArray()), 400);
    }

    @Test
    void aPathWithAnEncodedNulOrSlashIsAProblemNotTheContainersPage() throws Exception {
        assertProblem(raw("GET /api/v1/users/%00 HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN, ""), 400);
        assertProblem(raw("GET /api/v1/tickets/a%2Fb HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN, ""), 400);
        assertProblem(raw("GET /api/v1/tickets/%00/comments HTTP/1.1\r\nHost: localhost", ""), 400);
    }

    @Test
    void brokenUploadsAre400Problems() throws Exception {
        String ticket = openTicket();
        String path = "POST /api/v1/tickets/" + ticket + "/attachments HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + ADMIN + "\r\nAccept-Language: en\r\n";
        String part = "--kb\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n";

        assertProblem(raw(path + "Content-Type: multipart/form-data; boundary=kb", part), 400);
        assertProblem(raw(path + "Content-Type: multipart/form-data", part + "--kb--\r\n"), 400);
        String badEncoded = "--kb\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%ZZ%\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--kb--\r\n";
        assertProblem(raw(path + "Content-Type: multipart/form-data; boundary=kb", badEncoded), 400);
        String injected = "--kb\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"; "
                + "filename*=x''\r\nContent-Type: text/plain\r\n\r\nhello\r\n--kb--\r\n";
        var answer = raw(path + "Content-Type: multipart/form-data; boundary=kb", injected);
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aNulInAnUploadedFileNameIsRemovedOrRefusedNeverA500() throws Exception {
        String ticket = openTicket();
        String part =
                "--kb\r\nContent-Disposition: form-data; name=\"file\"; filename=\"re\u0000port\u202Etxt.exe\"\r\n"
                        + "Content-Type: text/plain\r\n\r\nhello\r\n--kb--\r\n";
        var answer = raw(
                "POST /api/v1/tickets/" + ticket + "/attachments HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                        + "\r\nContent-Type: multipart/form-data; boundary=kb",
                part);

        assertThat(answer.status()).as(answer.body()).isIn(201, 400, 422);
        if (answer.status() == 201) {
            assertThat(answer.body()).contains("\"fileName\":\"reporttxt.exe\"");
        } else {
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    private String openTicket() throws Exception {
        var opened = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                                .header("Authorization", ADMIN)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"title\":\"Broken uploads\",\"description\":\"d\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(201);
        return opened.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");
    }
}
