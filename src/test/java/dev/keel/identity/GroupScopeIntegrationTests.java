package dev.keel.identity;

import static dev.keel.TestAccounts.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.domain.Organisations;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset.PageRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Administrators set a group's scope and a requester's organisation visibility, in the console and the API. */
@KeelIntegrationTest
class GroupScopeIntegrationTests {

    private static final String ADMIN = "keel_demo_admin_2026";
    private static final String REQUESTER = "keel_demo_requester_2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SupportGroups groups;

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Test
    void formSetsSecurityAndServedCustomers() {
        var group = group();
        var first = customer();
        var second = customer();

        assertThat(mvc.post()
                        .uri("/admin/groups/{id}/scope", group.id())
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("security", "true")
                        .param("servedOrganisationIds", String.valueOf(first.id()), String.valueOf(second.id())))
                .hasRedirectedUrl("/admin/groups/" + group.id())
                .flash()
                .containsEntry("notice", "admin.scopeSaved");

        var scoped = directory.findGroup(group.id()).orElseThrow();
        assertThat(scoped.security()).isTrue();
        assertThat(scoped.servedOrganisationIds()).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void formWithNothingTickedClearsTheScope() {
        var group = group();
        groups.scope(group.id(), true, Set.of(customer().id()), Actor.SYSTEM);

        assertThat(mvc.post()
                        .uri("/admin/groups/{id}/scope", group.id())
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("_security", "on")
                        .param("_servedOrganisationIds", "1"))
                .hasStatus3xxRedirection();

        var scoped = directory.findGroup(group.id()).orElseThrow();
        assertThat(scoped.security()).isFalse();
        assertThat(scoped.servesAllCustomers()).isTrue();
    }

    @Test
    void formWithUnknownOrganisationChangesNothing() {
        var group = group();

        assertThat(mvc.post()
                        .uri("/admin/groups/{id}/scope", group.id())
                        .with(TestAccounts.signedIn("admin", Role.ADMIN))
                        .with(csrf())
                        .param("security", "true")
                        .param("servedOrganisationIds", "987654321"))
                .hasRedirectedUrl("/admin/groups/" + group.id())
                .flash()
                .containsEntry("problem", "validation.organisation");

        var unchanged = directory.findGroup(group.id()).orElseThrow();
        assertThat(unchanged.security()).isFalse();
        assertThat(unchanged.servedOrganisationIds()).isEmpty();
    }

    @Test
    void groupPagesShowTheScopeInBothLanguages() {
        var group = group();
        var served = customer();
        var other = organisations.page(PageRequest.first(200)).items().stream()
                .filter(o -> o.code().equals("ECM"))
                .findFirst()
                .orElseThrow();
        groups.scope(group.id(), true, Set.of(served.id()), Actor.SYSTEM);
        var admin = TestAccounts.signedIn("admin", Role.ADMIN);

        assertThat(mvc.get()
                        .uri("/admin/groups/{id}", group.id())
                        .with(admin)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"security-badge\"", "Customers served", served.name(), other.name())
                .containsPattern(checkedBox("servedOrganisationIds", served.id()))
                .doesNotContainPattern(checkedBox("servedOrganisationIds", other.id()));
        assertThat(mvc.get()
                        .uri("/admin/groups/{id}", group.id())
                        .with(admin)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatusOk()
                .bodyText()
                .contains("服务范围", "安全组");
        assertThat(mvc.get().uri("/admin/groups").with(admin).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("<th>Security</th>");

        var plain = group();
        assertThat(mvc.get()
                        .uri("/admin/groups/{id}", plain.id())
                        .with(admin)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("all customers")
                .doesNotContain("id=\"security-badge\"");
    }

    @Test
    void apiSetsSecurityAndServedCustomers() {
        var group = group();
        var customer = customer();

        assertThat(mvc.put()
                        .uri("/api/v1/groups/{id}/scope", group.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"security\":true,\"servedOrganisationIds\":[%d]}".formatted(customer.id())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.security")
                .isEqualTo(true);

        var scoped = directory.findGroup(group.id()).orElseThrow();
        assertThat(scoped.security()).isTrue();
        assertThat(scoped.servedOrganisationIds()).containsExactly(customer.id());

        assertThat(mvc.put()
                        .uri("/api/v1/groups/{id}/scope", group.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"security\":false,\"servedOrganisationIds\":[]}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.servedOrganisationIds.length()")
                .isEqualTo(0);
        assertThat(directory.findGroup(group.id()).orElseThrow().servesAllCustomers())
                .isTrue();
    }

    @Test
    void apiRefusesUnknownOrganisationWith422AndChangesNothing() {
        var group = group();
        var customer = customer();
        groups.scope(group.id(), false, Set.of(customer.id()), Actor.SYSTEM);

        assertThat(mvc.put()
                        .uri("/api/v1/groups/{id}/scope", group.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"security\":true,\"servedOrganisationIds\":[%d,987654321]}"
                                .formatted(customer.id())))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("servedOrganisationIds");

        var unchanged = directory.findGroup(group.id()).orElseThrow();
        assertThat(unchanged.security()).isFalse();
        assertThat(unchanged.servedOrganisationIds()).containsExactly(customer.id());
    }

    @Test
    void apiRequiresBothScopeFieldsAndRealIds() {
        var group = group();

        assertThat(mvc.put()
                        .uri("/api/v1/groups/{id}/scope", group.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .extractingPath("$.errors.length()")
                .isEqualTo(2);
        assertThat(mvc.put()
                        .uri("/api/v1/groups/{id}/scope", group.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"security\":true,\"servedOrganisationIds\":[null]}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(directory.findGroup(group.id()).orElseThrow().security()).isFalse();
    }

    @Test
    void requesterTokenIsForbidden() {
        var group = group();
        var user = TestAccounts.user(accounts, Role.REQUESTER);

        assertThat(mvc.put()
                        .uri("/api/v1/groups/{id}/scope", group.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(REQUESTER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"security\":true,\"servedOrganisationIds\":[]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put()
                        .uri("/api/v1/users/{id}/organisation-visibility", user.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(REQUESTER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visible\":true}"))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(directory.findGroup(group.id()).orElseThrow().security()).isFalse();
        assertThat(accounts.find(user.id()).organisationVisibility()).isFalse();
    }

    @Test
    void requesterCannotPostTheConsoleForms() {
        var group = group();

        assertThat(mvc.post()
                        .uri("/admin/groups/{id}/scope", group.id())
                        .with(TestAccounts.signedIn("zhang.san", Role.REQUESTER))
                        .with(csrf())
                        .param("security", "true"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(directory.findGroup(group.id()).orElseThrow().security()).isFalse();
    }

    @Test
    void formSetsAndClearsOrganisationVisibility() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);
        var admin = TestAccounts.signedIn("admin", Role.ADMIN);

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/organisation-visibility", user.id())
                        .with(admin)
                        .with(csrf())
                        .param("visible", "true"))
                .hasRedirectedUrl("/admin/users/" + user.id())
                .flash()
                .containsEntry("notice", "admin.visibilitySaved");
        assertThat(accounts.find(user.id()).organisationVisibility()).isTrue();

        assertThat(mvc.get().uri("/admin/users/{id}", user.id()).with(admin).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("May see all tickets of the organisation")
                .containsPattern(checkedBox("visible", true));

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/organisation-visibility", user.id())
                        .with(admin)
                        .with(csrf())
                        .param("_visible", "on"))
                .hasStatus3xxRedirection();
        assertThat(accounts.find(user.id()).organisationVisibility()).isFalse();
    }

    @Test
    void apiSetsAndClearsOrganisationVisibility() {
        var user = TestAccounts.user(accounts, Role.REQUESTER);

        assertThat(mvc.put()
                        .uri("/api/v1/users/{id}/organisation-visibility", user.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visible\":true}"))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(accounts.find(user.id()).organisationVisibility()).isTrue();

        assertThat(mvc.put()
                        .uri("/api/v1/users/{id}/organisation-visibility", user.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visible\":false}"))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(accounts.find(user.id()).organisationVisibility()).isFalse();

        assertThat(mvc.put()
                        .uri("/api/v1/users/987654321/organisation-visibility")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visible\":true}"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private GroupSummary group() {
        return groups.create(code("G"), TestAccounts.uniqueName("Scope group"), null, GroupTier.L2, null, Actor.SYSTEM);
    }

    private OrganisationSummary customer() {
        return organisations.create(
                code("C"), TestAccounts.uniqueName("Customer"), OrganisationKind.CUSTOMER, Actor.SYSTEM);
    }

    /** A checked checkbox named {@code name} with {@code value}, whatever the order of its attributes. */
    private static String checkedBox(String name, Object value) {
        return "<input(?=[^>]*name=\"" + name + "\")(?=[^>]*value=\"" + value + "\")(?=[^>]*checked)[^>]*>";
    }

    /** A unique code that satisfies the code rule (letters, digits, '-' and '_'). */
    private static String code(String prefix) {
        return TestAccounts.uniqueName(prefix).replace('.', '-');
    }
}
