package dev.keel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Role × action: what each role may do, as a table. One user per role holds only that role and a
 * token with every scope, so that the role alone decides.
 */
@KeelIntegrationTest
class AuthorizationMatrixIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @ParameterizedTest(name = "{0}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            role,                   me,  users, groups, audit, createOrg, portal, workspace, adminUsers, adminAudit
            REQUESTER,              200, 403,   403,    403,   403,       200,    403,       403,        403
            AGENT,                  200, 403,   200,    403,   403,       200,    200,       403,        403
            TEAM_LEAD,              200, 403,   200,    403,   403,       200,    200,       403,        403
            PROBLEM_MANAGER,        200, 403,   200,    403,   403,       403,    200,       403,        403
            CHANGE_MANAGER,         200, 403,   200,    403,   403,       403,    200,       403,        403
            MAJOR_INCIDENT_MANAGER, 200, 403,   200,    403,   403,       403,    200,       403,        403
            CAB_MEMBER,             200, 403,   200,    403,   403,       403,    200,       403,        403
            SERVICE_OWNER,          200, 403,   403,    403,   403,       200,    403,       403,        403
            AUDITOR,                200, 403,   403,    200,   403,       403,    403,       403,        200
            ADMIN,                  200, 200,   200,    200,   201,       200,    200,       200,        200
            """)
    void roleDecidesWhatIsAllowed(
            Role role,
            int me,
            int users,
            int groups,
            int audit,
            int createOrg,
            int portal,
            int workspace,
            int adminUsers,
            int adminAudit) {
        var user = TestAccounts.user(accounts, role);
        boolean administers = role.permissions().stream().anyMatch(p -> p.isAdministrative());
        String bearer = "Bearer "
                + (administers
                        ? TestAccounts.token(tokens, user, ApiScope.READ, ApiScope.WRITE, ApiScope.ADMIN)
                        : TestAccounts.token(tokens, user, ApiScope.READ, ApiScope.WRITE));

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(me);
        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(users);
        assertThat(mvc.get().uri("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(groups);
        assertThat(mvc.get().uri("/api/v1/audit/entries").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(audit);
        String code = "M" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(mvc.post()
                        .uri("/api/v1/organisations")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"Matrix\",\"kind\":\"CUSTOMER\"}"))
                .hasStatus(createOrg);

        var signedIn = TestAccounts.signedIn(user.username(), role);
        assertThat(mvc.get().uri("/portal").with(signedIn)).hasStatus(portal);
        assertThat(mvc.get().uri("/workspace").with(signedIn)).hasStatus(workspace);
        assertThat(mvc.get().uri("/admin/users").with(signedIn)).hasStatus(adminUsers);
        assertThat(mvc.get().uri("/admin/audit").with(signedIn)).hasStatus(adminAudit);
    }
}
