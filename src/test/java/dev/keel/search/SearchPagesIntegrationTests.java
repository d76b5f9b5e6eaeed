package dev.keel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.identity.UserDirectory;
import dev.keel.search.domain.SearchRebuild;
import dev.keel.ticket.TicketType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The results page and the admin rebuild page, as agents, requesters and admins see them. */
@KeelIntegrationTest
class SearchPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    SearchFixtures fixtures;

    @Autowired
    void fixtures(
            dev.keel.ticket.domain.Tickets tickets,
            dev.keel.identity.UserDirectory users,
            dev.keel.identity.domain.ApiTokens tokens) {
        this.fixtures = new SearchFixtures(tickets, users, tokens);
    }

    @Autowired
    UserDirectory directory;

    @Autowired
    SearchRebuild rebuild;

    @Test
    void agentSeesHighlightedHitsWithFacetsAndWorkspaceLinks() {
        String m = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "服务器无法连接数据库 " + m, "d")
                .id();

        assertThat(mvc.get().uri("/search").param("q", "数据库 " + m).with(as("li.na")))
                .hasStatusOk()
                .bodyText()
                .contains("<mark>数据库</mark>")
                .contains("/workspace/tickets/" + id)
                .contains("search-facets")
                .contains("id=\"navbar-search\"");
    }

    @Test
    void requesterSeesOnlyTheirOwnTicketsWithPortalLinks() {
        String m = SearchFixtures.marker();
        long own = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Own " + m, "d")
                .id();
        long foreign = fixtures.ticket("alice.wu", TicketType.INCIDENT, "Foreign " + m, "d")
                .id();

        assertThat(mvc.get().uri("/search").param("q", m).with(as("zhang.san")))
                .hasStatusOk()
                .bodyText()
                .contains("/portal/tickets/" + own)
                .doesNotContain("/tickets/" + foreign + "\"");
    }

    @Test
    void emptyAndOverlongQueriesGetMessagesNotErrors() {
        assertThat(mvc.get().uri("/search").with(as("zhang.san")))
                .hasStatusOk()
                .bodyText()
                .contains("search-prompt");
        assertThat(mvc.get().uri("/search").param("q", "数".repeat(10_000)).with(as("zhang.san")))
                .hasStatus(422)
                .bodyText()
                .contains("search-error")
                .contains("A search may be at most 500 characters long.")
                .doesNotContain("Some fields are not valid.");
        assertThat(mvc.get()
                        .uri("/search")
                        .param("q", "x")
                        .param("from", "nope")
                        .with(as("li.na")))
                .hasStatus(422)
                .bodyText()
                .contains("search-error")
                .contains("Enter a date as YYYY-MM-DD.");
        assertThat(mvc.get()
                        .uri("/search")
                        .param("q", "+-&&||!(){}[]^\"~*?:\\/")
                        .with(as("li.na")))
                .hasStatusOk();
    }

    @Test
    void onlyAdminsOpenTheIndexPage() {
        assertThat(mvc.get().uri("/admin/search").with(as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("rebuild-progress");
        assertThat(mvc.get().uri("/admin/search").with(as("li.na"))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/search/rebuild").with(as("li.na")).with(csrf()))
                .hasStatus(403);
    }

    @Test
    void rebuildKeepsSearchWorkingAndEndsWithEveryTicketIndexed() {
        String m = SearchFixtures.marker();
        long id = fixtures.ticket("zhang.san", TicketType.INCIDENT, "Rebuild " + m, "d")
                .id();

        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
        assertThat(mvc.post()
                        .uri("/admin/search/rebuild")
                        .header("HX-Request", "true")
                        .with(as("admin"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("rebuild-progress");
        // while it runs (and after), the ticket stays findable: documents are overwritten in place
        assertThat(mvc.get().uri("/search").param("q", m).with(as("li.na")))
                .bodyText()
                .contains("/workspace/tickets/" + id);
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
        SearchRebuild.Status done = rebuild.status();
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.done()).isGreaterThan(0);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(mvc.get().uri("/search").param("q", m).with(as("li.na")))
                .bodyText()
                .contains("/workspace/tickets/" + id);
        assertThat(mvc.get().uri("/admin/search/progress").with(as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("data-state=\"DONE\"");
    }

    private RequestPostProcessor as(String username) {
        return KeelPrincipals.signedIn(directory.findUser(username).orElseThrow());
    }
}
