package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the CMDB API with the demo tokens and creates uniquely named CIs for tests. */
final class CmdbApiSupport {

    static final String AGENT = "Bearer keel_demo_agent_2026";
    static final String ADMIN = "Bearer keel_demo_admin_2026";
    static final String REQUESTER = "Bearer keel_demo_requester_2026";

    private final MockMvcTester mvc;
    private final JsonMapper json;

    CmdbApiSupport(MockMvcTester mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    MvcTestResult send(String method, String bearer, String uri, String body) {
        var request = switch (method) {
            case "POST" -> mvc.post().uri(uri);
            case "PUT" -> mvc.put().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> mvc.get().uri(uri);
        };
        return request.header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    MvcTestResult get(String uri) {
        return send("GET", AGENT, uri, "");
    }

    JsonNode ok(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status);
        return body(result);
    }

    JsonNode body(MvcTestResult result) {
        try {
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a CI of the class with a unique name (given prefix) and extra JSON members. */
    long ci(String classCode, String prefix, String extra) {
        String name = TestAccounts.uniqueName(prefix);
        String body = "{\"classCode\":\"" + classCode + "\",\"name\":\"" + name + "\",\"status\":\"IN_USE\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
        return ok(send("POST", AGENT, "/api/v1/cmdb/cis", body), 201).get("id").asLong();
    }

    long relate(long source, String type, long target) {
        String body = "{\"type\":\"" + type + "\",\"sourceId\":" + source + ",\"targetId\":" + target + "}";
        return ok(send("POST", AGENT, "/api/v1/cmdb/relations", body), 201)
                .get("id")
                .asLong();
    }

    MvcTestResult tryRelate(long source, String type, long target) {
        String body = "{\"type\":\"" + type + "\",\"sourceId\":" + source + ",\"targetId\":" + target + "}";
        return send("POST", AGENT, "/api/v1/cmdb/relations", body);
    }

    static String fields(JsonNode problem) {
        StringBuilder out = new StringBuilder();
        problem.get("errors").forEach(e -> out.append(e.get("field").asString()).append(' '));
        return out.toString();
    }
}
