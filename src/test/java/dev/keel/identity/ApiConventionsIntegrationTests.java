package dev.keel.identity;

import static dev.keel.TestAccounts.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The conventions every later API follows: tokens, problem details, validation, keyset pages. */
@KeelIntegrationTest
class ApiConventionsIntegrationTests {

    private static final String ADMIN = "keel_demo_admin_2026";
    private static final String REQUESTER = "keel_demo_requester_2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void callWithoutTokenIsUnauthorizedProblem() {
        assertThat(mvc.get().uri("/api/v1/me"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://keel.dev/problems/unauthorized");
    }

    @Test
    void unknownTokenIsRefused() {
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer("keel_not-a-real-token")))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://keel.dev/problems/invalid-token");
    }

    @Test
    void demoTokensWorkAsDocumented() {
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(ADMIN)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.username")
                .isEqualTo("admin");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer("keel_demo_agent_2026")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.username")
                .isEqualTo("li.na");
    }

    @Test
    void requesterCallingAnAdminEndpointIsForbiddenProblem() {
        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(REQUESTER)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://keel.dev/problems/forbidden");
    }

    @Test
    void adminTokenWithoutAdminScopeCannotAdminister() {
        var admin = TestAccounts.user(accounts, Role.ADMIN);
        String readWrite = TestAccounts.token(tokens, admin, ApiScope.READ, ApiScope.WRITE);

        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(readWrite)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void readOnlyTokenCannotWrite() {
        var admin = TestAccounts.user(accounts, Role.ADMIN);
        String readOnly = TestAccounts.token(tokens, admin, ApiScope.READ, ApiScope.ADMIN);

        assertThat(mvc.post()
                        .uri("/api/v1/organisations")
                        .header(HttpHeaders.AUTHORIZATION, bearer(readOnly))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"RO1\",\"name\":\"x\",\"kind\":\"CUSTOMER\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void revokedTokenStopsWorking() {
        var agent = TestAccounts.user(accounts, Role.AGENT);
        var issued = tokens.issue(
                agent.username(), "short-lived", java.util.EnumSet.of(ApiScope.READ), 1, dev.keel.shared.Actor.SYSTEM);
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.secret())))
                .hasStatusOk();

        tokens.revoke(agent.username(), issued.id(), dev.keel.shared.Actor.SYSTEM);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.secret())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void invalidInputIs422WithFieldErrorsAndChangesNothing() {
        String username = TestAccounts.uniqueName("weak");
        String body = """
                {"username":"%s","displayName":"Weak","email":"weak@test.example","password":"short"}
                """.formatted(username);

        assertThat(mvc.post()
                        .uri("/api/v1/users")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("password");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void missingFieldsAre422WithEveryField() {
        assertThat(mvc.post()
                        .uri("/api/v1/users")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\"}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .extractingPath("$.errors.length()")
                .isEqualTo(3);
    }

    @Test
    void malformedJsonIs400Problem() {
        assertThat(mvc.post()
                        .uri("/api/v1/users")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void duplicateIs409() {
        assertThat(mvc.post()
                        .uri("/api/v1/organisations")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ECM\",\"name\":\"Duplicate\",\"kind\":\"CUSTOMER\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://keel.dev/problems/already-exists");
    }

    @Test
    void staleVersionIs409AndKeepsTheOtherChange() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);
        String update = """
                {"displayName":"%s","email":"%s","enabled":true,"version":%d}
                """;
        long version = accounts.versionOf(user.id());

        assertThat(mvc.put()
                        .uri("/api/v1/users/{id}", user.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted("First editor", user.email(), version)))
                .hasStatusOk();
        assertThat(mvc.put()
                        .uri("/api/v1/users/{id}", user.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted("Second editor", user.email(), version)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://keel.dev/problems/stale");
        assertThat(accounts.find(user.id()).displayName()).isEqualTo("First editor");
    }

    @Test
    void unknownIdIs404AndNonNumericIdIs400() {
        assertThat(mvc.get().uri("/api/v1/users/987654321").header(HttpHeaders.AUTHORIZATION, bearer(ADMIN)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/users/abc").header(HttpHeaders.AUTHORIZATION, bearer(ADMIN)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsAreKeysetPaginated() throws Exception {
        var first = mvc.get()
                .uri("/api/v1/users?limit=2")
                .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                .exchange();
        assertThat(first)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items.length()")
                .isEqualTo(2);
        String cursor = com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.nextCursor");

        var second = mvc.get()
                .uri("/api/v1/users?limit=2&cursor=" + cursor)
                .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                .exchange();
        assertThat(second)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].id")
                .isEqualTo(3);
    }

    @Test
    void badPaginationParametersAre422() {
        assertThat(mvc.get().uri("/api/v1/users?limit=100000").header(HttpHeaders.AUTHORIZATION, bearer(ADMIN)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(mvc.get().uri("/api/v1/users?cursor=@@@").header(HttpHeaders.AUTHORIZATION, bearer(ADMIN)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        assertThat(mvc.get()
                        .uri("/api/v1/users/987654321")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("用户不存在。");
    }

    @Test
    void openApiDescribesTheApi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths['/api/v1/users']")
                .isNotNull();
    }

    @Test
    void theOpenApiGroupsSplitTheApiByModuleWithoutLeavingAnyOperationOut() throws Exception {
        java.util.Set<String> all = paths("/v3/api-docs");
        assertThat(all).contains("/api/v1/tickets", "/api/v1/users").hasSizeGreaterThan(40);
        java.util.Map<String, String> modules = java.util.Map.of(
                "tickets", "/api/v1/tickets",
                "people", "/api/v1/users",
                "cmdb", "/api/v1/cmdb/cis",
                "search", "/api/v1/search");
        java.util.Set<String> grouped = new java.util.TreeSet<>();
        for (String group : java.util.List.of(
                "tickets", "sla", "search", "knowledge", "cmdb", "routing", "channel", "people", "audit")) {
            java.util.Set<String> in = paths("/v3/api-docs/" + group);
            assertThat(in).as(group).isNotEmpty();
            assertThat(java.util.Collections.disjoint(grouped, in))
                    .as("%s overlaps another group", group)
                    .isTrue();
            grouped.addAll(in);
            if (modules.containsKey(group)) {
                assertThat(in).as(group).contains(modules.get(group));
            }
        }
        assertThat(paths("/v3/api-docs/tickets")).doesNotContain("/api/v1/users", "/api/v1/cmdb/cis");
        assertThat(grouped).isEqualTo(all);
    }

    private java.util.Set<String> paths(String uri) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        java.util.Map<String, Object> paths = com.jayway.jsonpath.JsonPath.read(
                result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.paths");
        return new java.util.TreeSet<>(paths.keySet());
    }

    @Test
    void oneTokenServesConcurrentCallsAndRecordsItsUse() throws Exception {
        var agent = TestAccounts.user(accounts, Role.AGENT);
        String token = TestAccounts.token(tokens, agent, ApiScope.READ);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 32; i++) {
                calls.add(pool.submit(() -> mvc.get()
                        .uri("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, bearer(token))
                        .exchange()
                        .getResponse()
                        .getStatus()));
            }
            for (var call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(tokens.listFor(agent.username()).get(0).lastUsedAt()).isNotNull();
    }
}
