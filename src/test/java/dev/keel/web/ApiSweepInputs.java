package dev.keel.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Bad inputs for one operation of the OpenAPI document, generated from its schemas: odd path values,
 * query values of the wrong type or out of range, and bodies that are missing, malformed, of the wrong
 * type property by property, huge or made of control characters. Deterministic: the same document gives
 * the same requests in the same order (the few pseudo-random values come from a fixed seed).
 */
final class ApiSweepInputs {

    /** One request to send: method, path with query string, content type and body (null: none). */
    record BadRequest(
            String method,
            String path,
            @Nullable String contentType,
            @Nullable String body,
            String what) {

        boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    /** Path values that are never a valid id; {@code %00} and {@code %2F} as sent on the wire. */
    static final List<String> BAD_PATH_VALUES = List.of(
            "99999999999999999999999",
            "-1",
            "abc",
            "%00",
            "a%2Fb",
            "%E2%80%AE1",
            "1.5",
            "0004",
            "%EF%BC%94",
            "0x4",
            "%27%20OR%201%3D1--");

    private static final String MISSING_ID = "987654321";
    private static final String HUGE = "x".repeat(100_000);
    private static final String CONTROLS = "\u0000\u0007\u001b\u202E\r\n";

    private final JsonNode schemas;
    private final Random random = new Random(20261204L);

    ApiSweepInputs(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    List<BadRequest> inputs(String method, String template, JsonNode operation) {
        List<BadRequest> out = new ArrayList<>();
        List<JsonNode> pathParams = new ArrayList<>();
        List<JsonNode> queryParams = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            switch (p.path("in").asString()) {
                case "path" -> pathParams.add(p);
                case "query" -> queryParams.add(p);
                default -> {}
            }
        }
        String base = fill(template, pathParams, null, null);
        for (JsonNode p : pathParams) {
            for (String bad : BAD_PATH_VALUES) {
                out.add(new BadRequest(
                        method,
                        fill(template, pathParams, p.path("name").asString(), bad),
                        null,
                        null,
                        "path " + p.path("name").asString() + "=" + bad));
            }
        }
        for (JsonNode p : queryParams) {
            String name = p.path("name").asString();
            for (String bad : badScalars(resolve(p.path("schema")))) {
                out.add(new BadRequest(method, base + "?" + name + "=" + encode(bad), null, null, "query " + name));
            }
        }
        if (!queryParams.isEmpty()) {
            StringBuilder all = new StringBuilder(base).append('?');
            for (JsonNode p : queryParams) {
                all.append(p.path("name").asString())
                        .append('=')
                        .append(encode(HUGE.substring(0, 3000)))
                        .append('&');
            }
            out.add(new BadRequest(method, all.toString(), null, null, "every query parameter huge"));
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            bodies(method, base, resolve(content.path("application/json").path("schema")), template, out);
        } else if (content.has("multipart/form-data")) {
            out.add(new BadRequest(method, base, "multipart/form-data", "--x\r\n\r\n", "multipart without boundary"));
            out.add(new BadRequest(method, base, "application/json", "{}", "json where multipart belongs"));
        }
        return out;
    }

    private void bodies(String method, String base, JsonNode schema, String template, List<BadRequest> out) {
        String json = "application/json";
        out.add(new BadRequest(method, base, json, null, "missing body"));
        out.add(new BadRequest(method, base, json, "{\"a\":", "malformed JSON"));
        out.add(new BadRequest(method, base, json, "[]", "array for object"));
        out.add(new BadRequest(method, base, json, "null", "null body"));
        out.add(new BadRequest(method, base, "text/plain", "hello", "wrong content type"));
        out.add(new BadRequest(method, base, "application/xml", "<a/>", "xml"));
        JsonNode properties = schema.path("properties");
        // never a valid body for the caller's own account: the sweep must not change the demo users
        boolean ownAccount = template.startsWith("/api/v1/me");
        for (String name : properties.propertyNames()) {
            JsonNode property = resolve(properties.path(name));
            for (String bad : badJson(property)) {
                Map<String, String> body = ownAccount ? new LinkedHashMap<>() : plausible(properties);
                body.put(name, bad);
                out.add(new BadRequest(method, base, json, object(body), "body " + name + " " + abbreviate(bad)));
            }
        }
    }

    /** A body of plausible values for every property, so that one bad property reaches the checks. */
    private Map<String, String> plausible(JsonNode properties) {
        Map<String, String> body = new LinkedHashMap<>();
        for (String name : properties.propertyNames()) {
            JsonNode p = resolve(properties.path(name));
            body.put(
                    name,
                    switch (p.path("type").asString()) {
                        case "integer", "number" -> "1";
                        case "boolean" -> "false";
                        case "array" -> "[]";
                        case "object" -> "{}";
                        default -> p.has("enum") ? quote(p.path("enum").get(0).asString()) : quote("sweep " + name);
                    });
        }
        return body;
    }

    private List<String> badScalars(JsonNode schema) {
        String type = schema.path("type").asString();
        if (type.equals("array")) {
            return badScalars(resolve(schema.path("items")));
        }
        List<String> bad = new ArrayList<>();
        switch (type) {
            case "integer" -> bad.addAll(List.of("abc", "1.5", "99999999999999999999999", " 4", "0x4"));
            case "number" -> bad.addAll(List.of("abc", "1e99999"));
            case "boolean" -> bad.add("maybe");
            default -> {
                String format = schema.path("format").asString();
                if (format.equals("date-time")) {
                    bad.addAll(List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "yesterday"));
                } else if (format.equals("date")) {
                    bad.addAll(List.of("+999999999-12-31", "2026-13-45"));
                } else if (schema.has("enum")) {
                    bad.add("NO_SUCH_VALUE");
                } else {
                    bad.addAll(List.of(HUGE.substring(0, 5000), CONTROLS, "' OR 1=1 --", unicode()));
                }
            }
        }
        return bad;
    }

    private List<String> badJson(JsonNode schema) {
        String type = schema.path("type").asString();
        return switch (type) {
            case "integer" -> List.of("\"x\"", "1.5", "99999999999999999999999", "\"4\"", "[]");
            case "number" -> List.of("\"x\"", "{}");
            case "boolean" -> List.of("\"maybe\"", "2");
            case "array" -> List.of("[null]", "{}", "\"x\"", "[" + quote(HUGE) + "]");
            case "object" -> List.of("[]", "\"x\"");
            default -> {
                List<String> bad = new ArrayList<>(List.of("{}", "[1]", quote(HUGE), quote(CONTROLS)));
                String format = schema.path("format").asString();
                if (schema.has("enum")) {
                    bad.add("\"NO_SUCH_VALUE\"");
                }
                if (format.equals("date-time")) {
                    bad.add("\"+999999999-12-31T23:59:59Z\"");
                }
                if (format.equals("date")) {
                    bad.add("\"+999999999-12-31\"");
                }
                yield bad;
            }
        };
    }

    private String unicode() {
        int[] pool = {0x202E, 0x200B, 0xFEFF, 0x1F600, 0x6253, 0x0645, 0x0301, 0xFFFD};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return s.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        JsonNode oneOf = schema.path("oneOf");
        return oneOf.isArray() && !oneOf.isEmpty() ? resolve(oneOf.get(0)) : schema;
    }

    private static String fill(String template, List<JsonNode> params, @Nullable String bad, @Nullable String value) {
        String path = template;
        for (JsonNode p : params) {
            String name = p.path("name").asString();
            path = path.replace("{" + name + "}", name.equals(bad) ? value : MISSING_ID);
        }
        return path;
    }

    private static String object(Map<String, String> body) {
        StringBuilder s = new StringBuilder("{");
        body.forEach((k, v) ->
                s.append(s.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
        return s.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…(" + s.length() + ")" : s;
    }
}
