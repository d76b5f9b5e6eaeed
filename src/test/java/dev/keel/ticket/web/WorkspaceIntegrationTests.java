package dev.keel.ticket.web;

import static dev.keel.KeelPrincipals.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.GroupTier;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import dev.keel.ticket.web.WorkspaceBulkController.Outcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The agent workspace over HTTP: queues, saved views, bulk actions, the ticket page, agent-logged tickets. */
@KeelIntegrationTest
class WorkspaceIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SupportGroups groups;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketQueries queries;

    GroupSummary group;
    UserSummary agent;
    UserSummary colleague;
    UserSummary requester;

    @BeforeEach
    void aGroupWithTwoAgentsAndARequester() {
        String code = "W" + TestAccounts.uniqueName("g").replaceAll("[^A-Za-z0-9]", "");
        group = groups.create(code, "Workspace " + code, null, GroupTier.L1, null, Actor.SYSTEM);
        agent = TestAccounts.user(accounts, Role.AGENT);
        colleague = TestAccounts.user(accounts, Role.AGENT);
        requester = TestAccounts.user(accounts, Role.REQUESTER);
        groups.addMember(group.id(), agent.username(), Actor.SYSTEM);
        groups.addMember(group.id(), colleague.username(), Actor.SYSTEM);
    }

    private TicketView open(String title) {
        return tickets.open(
                new OpenTicket(
                        null,
                        title,
                        "Details of " + title,
                        Channel.PORTAL,
                        null,
                        Impact.MINOR,
                        Urgency.MEDIUM,
                        requester.id()),
                requester.id());
    }

    private TicketView openIn(String title, Long assigneeId) {
        TicketView opened = open(title);
        return tickets.assign(opened.id(), group.id(), assigneeId, agent.id());
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(signedIn(agent)).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String what) {
        return what + " " + TestAccounts.uniqueName("w");
    }

    @Test
    void eachQueueShowsItsTickets() {
        TicketView mine = openIn(unique("Mine"), agent.id());
        TicketView unassigned = openIn(unique("Unassigned"), null);
        TicketView colleagues = openIn(unique("Colleague's"), colleague.id());
        TicketView outside = open(unique("No group"));

        assertThat(page("/workspace?queue=MINE"))
                .contains(mine.number(), group.name(), agent.displayName(), requester.displayName())
                .doesNotContain(unassigned.number(), colleagues.number(), outside.number());
        assertThat(page("/workspace?queue=GROUPS"))
                .contains(mine.number(), unassigned.number(), colleagues.number(), colleague.displayName())
                .doesNotContain(outside.number());
        assertThat(page("/workspace?queue=UNASSIGNED"))
                .contains(unassigned.number())
                .doesNotContain(mine.number(), colleagues.number(), outside.number());
        assertThat(page("/workspace?queue=OPEN")).contains(outside.number(), mine.number());
        assertThat(page("/workspace")).contains("/identity/fragments/my-groups");
    }

    @Test
    void theQueueListShowsEachQueuesCountBoundedAt99Plus() {
        openIn(unique("Mine"), agent.id());
        openIn(unique("Unassigned"), null);
        openIn(unique("Unassigned"), null);
        openIn(unique("Colleague's"), colleague.id());
        open(unique("No group"));

        String before = page("/workspace?queue=GROUPS");
        assertThat(queueCount(before, "mine")).isEqualTo("1");
        assertThat(queueCount(before, "groups")).isEqualTo("4");
        assertThat(queueCount(before, "unassigned")).isEqualTo("2");
        assertThat(queueCountTitle(before, "groups")).isEqualTo("4 tickets");

        for (int i = 0; i < 99; i++) {
            openIn(unique("Many"), agent.id());
        }
        String ninetyNine = page("/workspace");
        assertThat(queueCount(ninetyNine, "mine")).isEqualTo("99+");
        assertThat(queueCountTitle(ninetyNine, "mine")).isEqualTo("More than 99 tickets");
        assertThat(queueCount(ninetyNine, "groups")).isEqualTo("99+");
        assertThat(queueCount(ninetyNine, "unassigned")).isEqualTo("2");

        String chinese = pageIn("/workspace", "zh-CN");
        assertThat(queueCount(chinese, "mine")).isEqualTo("99+");
        assertThat(queueCountTitle(chinese, "mine")).isEqualTo("超过 99 张工单");
        assertThat(queueCountTitle(chinese, "unassigned")).isEqualTo("共 2 张工单");

        // The read stops at the bound: 100 of the agent's 100 tickets, 7 when asked for at most 7.
        TicketFilter mine = TicketFilter.open().withAssignee(agent.id());
        assertThat(queries.countUpTo(mine, viewers.of(agent.id()), null, 1000)).isEqualTo(100);
        assertThat(queries.countUpTo(mine, viewers.of(agent.id()), null, 7)).isEqualTo(7);
        assertThat(queries.countUpTo(mine, viewers.of(colleague.id()), null, 1000))
                .as("the colleague sees the agent's tickets through the group")
                .isEqualTo(100);
        assertThat(queries.countUpTo(mine, viewers.of(requester.id()), null, 1000))
                .as("the requester sees only their own tickets")
                .isEqualTo(100);
    }

    private static String queueCount(String html, String queue) {
        Matcher badge = Pattern.compile("<span[^>]*id=\"queue-count-" + queue + "\"[^>]*>([^<]*)</span>")
                .matcher(html);
        assertThat(badge.find()).as("count of %s", queue).isTrue();
        return badge.group(1);
    }

    private static String queueCountTitle(String html, String queue) {
        Matcher badge = Pattern.compile("<span[^>]*id=\"queue-count-" + queue + "\"[^>]*title=\"([^\"]*)\"")
                .matcher(html);
        assertThat(badge.find()).as("title of the count of %s", queue).isTrue();
        return badge.group(1);
    }

    private String pageIn(String uri, String language) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .header("Accept-Language", language)
                .with(signedIn(agent))
                .exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nextPageLinkContinuesAfterTheLastRow() {
        TicketView first = openIn(unique("First"), agent.id());
        TicketView second = openIn(unique("Second"), agent.id());
        TicketView third = openIn(unique("Third"), agent.id());

        String one = page("/workspace?queue=MINE&sort=NEWEST&limit=2");
        assertThat(one).contains(third.number(), second.number()).doesNotContain(first.number());
        Matcher next = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(one);
        assertThat(next.find()).isTrue();

        String two = page(next.group(1).replace("&amp;", "&"));
        assertThat(two).contains(first.number()).doesNotContain(third.number(), second.number());
        assertThat(two).doesNotContain("id=\"next-page\"");

        assertThat(mvc.get().uri("/workspace?queue=MINE&cursor=!!!").with(signedIn(agent)))
                .hasStatus4xxClientError();
    }

    @Test
    void savedViewIsStoredListedShownAndDeleted() {
        TicketView waiting = openIn(unique("Waiting"), null);
        TicketView taken = openIn(unique("Taken"), colleague.id());
        String name = unique("New in my group");

        MvcTestResult saved = mvc.post()
                .uri("/workspace/views")
                .with(signedIn(agent))
                .with(csrf())
                .param("name", name)
                .param("status", "NEW")
                .param("groupId", Long.toString(group.id()))
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/workspace?view=");
        String filter = jdbc.queryForObject(
                "SELECT filter FROM ticket_saved_view WHERE owner_id = ? AND name = ?", String.class, agent.id(), name);
        assertThat(filter).contains("\"NEW\"").contains(Long.toString(group.id()));

        String shown = page(location);
        assertThat(shown).contains(name, waiting.number()).doesNotContain(taken.number());
        assertThat(page("/workspace")).contains(name);
        assertThat(mvc.get().uri(location).with(signedIn(colleague))).hasStatus(404);

        long id = Long.parseLong(location.substring("/workspace?view=".length()));
        assertThat(mvc.post()
                        .uri("/workspace/views/" + id + "/delete")
                        .with(signedIn(colleague))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/workspace/views/" + id + "/delete")
                        .with(signedIn(agent))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(page("/workspace")).doesNotContain(name);
    }

    @Test
    void savingAViewWithBadInputShowsTheErrorAndSavesNothing() {
        MvcTestResult result = mvc.post()
                .uri("/workspace/views")
                .with(signedIn(agent))
                .with(csrf())
                .param("status", "NEW")
                .param("createdFrom", "not-a-date")
                .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyText().contains("Not a valid value.");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ticket_saved_view WHERE owner_id = ?", Integer.class, agent.id()))
                .isZero();
    }

    @Test
    void bulkAssignReportsSuccessesAndTheLocalisedFailure() {
        TicketView one = openIn(unique("Bulk one"), null);
        TicketView two = openIn(unique("Bulk two"), null);
        TicketView toCancel = openIn(unique("Bulk cancelled"), null);
        TicketView cancelled = work.cancel(toCancel.id(), viewers.of(agent.id()), null, toCancel.version());

        MvcTestResult result = mvc.post()
                .uri("/workspace/bulk")
                .with(signedIn(agent))
                .with(csrf())
                .param("selected", one.id() + ":" + one.version())
                .param("selected", two.id() + ":" + two.version())
                .param("selected", cancelled.id() + ":" + cancelled.version())
                .param("action", "ASSIGN")
                .param("groupId", Long.toString(group.id()))
                .param("assigneeId", Long.toString(colleague.id()))
                .param("back", "/workspace?queue=GROUPS")
                .exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/workspace?queue=GROUPS");
        Outcome outcome = (Outcome) result.getMvcResult().getFlashMap().get("bulkOutcome");
        assertThat(outcome.succeeded()).isEqualTo(2);
        assertThat(outcome.failures()).singleElement().satisfies(f -> {
            assertThat(f.ticket()).isEqualTo(cancelled.number());
            assertThat(f.reason()).isEqualTo("You cannot assign a ticket that is cancelled.");
        });
        assertThat(tickets.find(one.id()).orElseThrow().assigneeId()).isEqualTo(colleague.id());
        assertThat(tickets.find(two.id()).orElseThrow().assigneeId()).isEqualTo(colleague.id());
        assertThat(tickets.find(cancelled.id()).orElseThrow().status()).isEqualTo(TicketStatus.CANCELLED);

        MvcTestResult shown = mvc.get()
                .uri("/workspace?queue=GROUPS")
                .with(signedIn(agent))
                .cookie(result.getResponse().getCookies())
                .exchange();
        assertThat(shown).bodyText().contains("2 ticket(s) changed.", cancelled.number(), "cancelled.");
    }

    @Test
    void aBulkActionThatChangedNothingIsShownAsAFailureNotASuccess() {
        TicketView toCancel = openIn(unique("Bulk nothing"), null);
        TicketView cancelled = work.cancel(toCancel.id(), viewers.of(agent.id()), null, toCancel.version());

        MvcTestResult result = mvc.post()
                .uri("/workspace/bulk")
                .with(signedIn(agent))
                .with(csrf())
                .param("selected", cancelled.id() + ":" + cancelled.version())
                .param("action", "ASSIGN")
                .param("groupId", Long.toString(group.id()))
                .param("back", "/workspace?queue=GROUPS")
                .exchange();
        MvcTestResult shown = mvc.get()
                .uri("/workspace?queue=GROUPS")
                .with(signedIn(agent))
                .cookie(result.getResponse().getCookies())
                .exchange();

        assertThat(shown)
                .bodyText()
                .contains("No ticket was changed.", cancelled.number())
                .doesNotContain("0 ticket(s) changed.")
                .doesNotContainPattern("id=\"bulk-outcome\"[^>]*alert-success|alert-success[^>]*id=\"bulk-outcome\"");
    }

    @Test
    void claimingStaysWithinMyGroupsAndMovesNoTicketSilently() {
        String code = "O" + TestAccounts.uniqueName("g").replaceAll("[^A-Za-z0-9]", "");
        GroupSummary other = groups.create(code, "Other " + code, null, GroupTier.L2, null, Actor.SYSTEM);
        TicketView elsewhere = tickets.assign(open(unique("Elsewhere")).id(), other.id(), null, agent.id());

        MvcTestResult result = mvc.post()
                .uri("/workspace/tickets/" + elsewhere.id() + "/claim")
                .with(signedIn(agent))
                .with(csrf())
                .param("version", Long.toString(elsewhere.version()))
                .exchange();

        assertThat(result).hasStatus(409);
        assertThat(result)
                .bodyText()
                .contains("This ticket belongs to the group Other " + code + ", which you are not in.");
        TicketView after = tickets.find(elsewhere.id()).orElseThrow();
        assertThat(after.groupId()).isEqualTo(other.id());
        assertThat(after.assigneeId()).isNull();
    }

    @Test
    void takingATicketOverFromAColleagueNeedsTheConfirmation() {
        TicketView ticket = openIn(unique("Colleague's"), colleague.id());
        assertThat(page("/workspace/tickets/" + ticket.id()))
                .contains("data-keel-confirm=\"" + colleague.displayName()
                        + " is working on this ticket. Take it over?\"")
                .contains("name=\"takeOver\" value=\"true\"");

        assertThat(mvc.post()
                        .uri("/workspace/tickets/" + ticket.id() + "/claim")
                        .with(signedIn(agent))
                        .with(csrf())
                        .param("version", Long.toString(ticket.version())))
                .hasStatus(409)
                .bodyText()
                .contains(colleague.displayName() + " is working on this ticket. Confirm to take it over.");
        assertThat(tickets.find(ticket.id()).orElseThrow().assigneeId()).isEqualTo(colleague.id());

        assertThat(mvc.post()
                        .uri("/workspace/tickets/" + ticket.id() + "/claim")
                        .with(signedIn(agent))
                        .with(csrf())
                        .param("version", Long.toString(ticket.version()))
                        .param("takeOver", "true"))
                .hasStatus3xxRedirection();
        assertThat(tickets.find(ticket.id()).orElseThrow().assigneeId()).isEqualTo(agent.id());
    }

    @Test
    void aBulkStartLeavesColleaguesTicketsAlone() {
        TicketView mine = openIn(unique("Mine to start"), agent.id());
        TicketView theirs = openIn(unique("Theirs"), colleague.id());

        MvcTestResult result = mvc.post()
                .uri("/workspace/bulk")
                .with(signedIn(agent))
                .with(csrf())
                .param("selected", mine.id() + ":" + mine.version())
                .param("selected", theirs.id() + ":" + theirs.version())
                .param("action", "START")
                .param("back", "/workspace?queue=GROUPS")
                .exchange();

        Outcome outcome = (Outcome) result.getMvcResult().getFlashMap().get("bulkOutcome");
        assertThat(outcome.succeeded()).isEqualTo(1);
        assertThat(outcome.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .isEqualTo("This ticket is assigned to " + colleague.displayName()
                                + "; only they can start work on it."));
        assertThat(tickets.find(mine.id()).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(tickets.find(theirs.id()).orElseThrow().status()).isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void theHistoryShowsLabelsNotCodes() {
        TicketView ticket = openIn(unique("Labels"), agent.id());
        work.resolve(ticket.id(), viewers.of(agent.id()), ResolutionCode.SOLVED, "Fixed.", null);

        String page = page("/workspace/tickets/" + ticket.id());
        String history = page.substring(page.indexOf("id=\"history-table\""));
        assertThat(history).contains("<span>Solved</span>").doesNotContain(">SOLVED<");
    }

    @Test
    void reloadingTheAddressOfARefusedActionOpensTheTicketPage() {
        TicketView ticket = openIn(unique("Reload"), agent.id());

        assertThat(mvc.get()
                        .uri("/workspace/tickets/" + ticket.id() + "/resolve")
                        .with(signedIn(agent)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/workspace/tickets/" + ticket.id());
    }

    @Test
    void staleVersionShowsTheChangedBySomeoneElseMessageOnTheTicketPage() {
        TicketView ticket = openIn(unique("Stale"), null);
        work.claim(ticket.id(), viewers.of(colleague.id()), ticket.version());

        MvcTestResult result = mvc.post()
                .uri("/workspace/tickets/" + ticket.id() + "/claim")
                .with(signedIn(agent))
                .with(csrf())
                .param("version", Long.toString(ticket.version()))
                .exchange();

        assertThat(result).hasStatus(409);
        assertThat(result)
                .bodyText()
                .contains("id=\"action-error\"")
                .contains("Someone else changed this in the meantime.")
                .contains(ticket.number());
        assertThat(tickets.find(ticket.id()).orElseThrow().assigneeId()).isEqualTo(colleague.id());
    }

    @Test
    void resolvingWithoutNotesShowsTheFieldErrorAndChangesNothing() {
        TicketView ticket = openIn(unique("Resolve"), agent.id());

        MvcTestResult result = mvc.post()
                .uri("/workspace/tickets/" + ticket.id() + "/resolve")
                .with(signedIn(agent))
                .with(csrf())
                .param("resolutionCode", "SOLVED")
                .param("resolutionNotes", "  ")
                .param("version", Long.toString(ticket.version()))
                .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result).bodyText().contains("id=\"resolutionNotes-error\"").contains("Describe the resolution.");
        TicketView after = tickets.find(ticket.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(after.version()).isEqualTo(ticket.version());
    }

    @Test
    void ticketPageShowsConversationNotesHistoryAndActions() {
        TicketView ticket = openIn(unique("Page"), agent.id());
        var viewer = viewers.of(agent.id());
        work.reply(ticket.id(), viewer, EntryKind.PUBLIC_REPLY, "We are looking into it", 5);
        work.reply(ticket.id(), viewer, EntryKind.INTERNAL_NOTE, "Probably the driver", 0);

        String body = page("/workspace/tickets/" + ticket.id());

        assertThat(body)
                .contains("We are looking into it", "Probably the driver", "entry-internal", "Internal note")
                .contains("id=\"history-table\"", agent.displayName(), group.name())
                .contains("id=\"start\"", "id=\"resolve-form\"", "id=\"assign-form\"")
                .doesNotContain("id=\"claim\"", "id=\"resume\"")
                .contains("hx-trigger=\"every 10s\"");
        assertThat(mvc.get().uri("/workspace/tickets/" + ticket.id()).with(signedIn(requester, Role.AGENT)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/workspace/tickets/999999999").with(signedIn(agent)))
                .hasStatus(404);
    }

    @Test
    void versionFragmentShowsTheBannerOnlyWhenTheTicketChanged() {
        TicketView ticket = openIn(unique("Polled"), agent.id());
        String uri = "/workspace/tickets/" + ticket.id() + "/version?seen=";

        assertThat(mvc.get().uri(uri + ticket.version()).with(signedIn(agent)))
                .bodyText()
                .doesNotContain("stale-banner");
        work.start(ticket.id(), viewers.of(agent.id()), null);
        assertThat(mvc.get().uri(uri + ticket.version()).with(signedIn(agent)))
                .bodyText()
                .contains("stale-banner", "changed by someone else");
    }

    @Test
    void agentLogsAPhoneTicketForARequester() {
        String title = unique("Phone call");
        MvcTestResult result = mvc.post()
                .uri("/workspace/tickets/new")
                .with(signedIn(agent))
                .with(csrf())
                .param("requester", requester.username())
                .param("channel", "PHONE")
                .param("type", "INCIDENT")
                .param("impact", "MODERATE")
                .param("urgency", "HIGH")
                .param("title", title)
                .param("description", "Called about the VPN")
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/workspace/tickets/".length()));
        TicketView opened = tickets.find(id).orElseThrow();
        assertThat(opened.channel()).isEqualTo(Channel.PHONE);
        assertThat(opened.requesterId()).isEqualTo(requester.id());
        assertThat(opened.createdBy()).isEqualTo(agent.id());
        assertThat(opened.title()).isEqualTo(title);
    }

    @Test
    void agentLoggedTicketWithBadInputShowsTheErrorsAndOpensNothing() {
        String title = unique("Not opened");
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title);

        assertThat(mvc.post()
                        .uri("/workspace/tickets/new")
                        .with(signedIn(agent))
                        .with(csrf())
                        .param("requester", "no.such.user.anywhere")
                        .param("channel", "PHONE")
                        .param("title", title)
                        .param("description", "x"))
                .hasStatus(422)
                .bodyText()
                .contains("No such requester.");
        assertThat(mvc.post()
                        .uri("/workspace/tickets/new")
                        .with(signedIn(agent))
                        .with(csrf())
                        .param("requester", requester.username())
                        .param("channel", "PORTAL")
                        .param("title", title)
                        .param("description", "x"))
                .hasStatus(422)
                .bodyText()
                .contains("This channel cannot be chosen here.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title))
                .isEqualTo(before);
    }

    @Test
    void administratorsKeepCannedResponsesAndAgentsSeeThemOnTheTicketPage() {
        UserSummary admin = TestAccounts.user(accounts, Role.ADMIN);
        String title = unique("Greeting");

        assertThat(mvc.post()
                        .uri("/admin/canned-responses")
                        .with(signedIn(admin))
                        .with(csrf())
                        .param("title", title)
                        .param("body", "您好，我们已收到您的请求。")
                        .param("language", "zh-CN"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/admin/canned-responses")
                        .with(signedIn(admin))
                        .with(csrf())
                        .param("title", title)
                        .param("body", "x")
                        .param("language", "fr"))
                .hasStatus(422)
                .bodyText()
                .contains("Choose English or Chinese.");
        assertThat(mvc.get().uri("/admin/canned-responses").with(signedIn(agent)))
                .hasStatus(403);

        TicketView ticket = openIn(unique("Canned"), agent.id());
        assertThat(page("/workspace/tickets/" + ticket.id()))
                .contains(title, "data-body=\"您好，我们已收到您的请求。\"", "/js/workspace.js");
    }
}
