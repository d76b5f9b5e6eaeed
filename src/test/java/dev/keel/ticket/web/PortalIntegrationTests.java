package dev.keel.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.Priority;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketRow;
import dev.keel.ticket.domain.TicketSubmissions;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@KeelIntegrationTest
class PortalIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    TicketQueries queries;

    @Autowired
    Categories categories;

    @Autowired
    TicketAttachments attachments;

    @Autowired
    TicketSubmissions submissions;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    private UserSummary requester() {
        return TestAccounts.user(accounts, Role.REQUESTER);
    }

    private static RequestPostProcessor as(UserSummary user) {
        return KeelPrincipals.signedIn(user);
    }

    private UserSummary demo(String username) {
        return directory.findUser(username).orElseThrow();
    }

    private List<TicketRow> ticketsOf(UserSummary user) {
        return queries.page(
                        TicketFilter.all().withRequester(user.id()),
                        viewers.of(user.id()),
                        TicketFilter.Sort.NEWEST,
                        PageRequest.first(50))
                .items();
    }

    private TicketView open(UserSummary requester, String title) {
        return tickets.open(
                new OpenTicket(
                        null, title, "details", Channel.PORTAL, null, Impact.MINOR, Urgency.MEDIUM, requester.id()),
                requester.id());
    }

    private TicketView resolvedTicket(UserSummary requester, String title) {
        TicketView ticket = open(requester, title);
        TicketViewer agent = viewers.of(demo("li.na").id());
        long sd = directory.findGroup("SD").orElseThrow().id();
        work.assign(ticket.id(), agent, sd, demo("li.na").id(), null);
        return work.resolve(ticket.id(), agent, ResolutionCode.SOLVED, "Replaced the toner", null);
    }

    @Test
    void requesterSubmitsARequestWithCategoryAndFilesAndFindsItInMyTickets() {
        UserSummary me = requester();
        long printer = categories.findByCode("HW-PRINTER").orElseThrow().id();
        String title = "打印机卡纸 Paper jam " + TestAccounts.uniqueName("t");

        var submitted = mvc.post()
                .uri("/portal/tickets/new")
                .multipart()
                .file(new MockMultipartFile("attachments", "error.txt", "text/plain", "E-13 jam".getBytes()))
                .file(new MockMultipartFile(
                        "attachments", "panel.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .param("categoryId", Long.toString(printer))
                .param("title", title)
                .param("description", "三楼打印机卡纸 — third floor printer jams")
                .param("urgency", "HIGH")
                .param("impact", "MODERATE")
                .with(as(me))
                .with(csrf())
                .exchange();

        List<TicketRow> mine = ticketsOf(me);
        assertThat(mine).hasSize(1);
        TicketView ticket = tickets.find(mine.get(0).id()).orElseThrow();
        assertThat(submitted).hasStatus3xxRedirection().hasRedirectedUrl("/portal/tickets/" + ticket.id());
        assertThat(ticket.title()).isEqualTo(title);
        assertThat(ticket.channel()).isEqualTo(Channel.PORTAL);
        assertThat(ticket.categoryId()).isEqualTo(printer);
        assertThat(ticket.groupId())
                .isEqualTo(directory.findGroup("SD").orElseThrow().id());
        assertThat(ticket.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(ticket.impact()).isEqualTo(Impact.MODERATE);
        assertThat(ticket.priority()).isEqualTo(Priority.P3);
        assertThat(attachments.list(ticket.id(), viewers.of(me.id())))
                .extracting(AttachmentView::fileName)
                .containsExactly("error.txt", "panel.png");

        assertThat(mvc.get().uri("/portal").with(as(me)))
                .hasStatusOk()
                .bodyText()
                .contains(title)
                .contains(ticket.number())
                .contains("Printer")
                .contains("New request");
        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(me)))
                .hasStatusOk()
                .bodyText()
                .contains(title)
                .contains("error.txt")
                .contains("8 B")
                .doesNotContain("0.0 KB")
                .contains("/portal/tickets/" + ticket.id() + "/attachments/");
        long fileId = attachments.list(ticket.id(), viewers.of(me.id())).get(0).id();
        var download = mvc.get()
                .uri("/portal/tickets/{id}/attachments/{a}", ticket.id(), fileId)
                .with(as(me))
                .exchange();
        assertThat(download).hasStatusOk().hasHeader(HttpHeaders.CONTENT_TYPE, "text/plain");
        assertThat(download).bodyText().isEqualTo("E-13 jam");
    }

    @Test
    void missingFieldsAreShownNextToTheFieldsInTheUsersLanguageAndNothingIsCreated() {
        UserSummary me = requester();

        assertThat(mvc.post()
                        .uri("/portal/tickets/new")
                        .multipart()
                        .param("title", " ")
                        .param("description", "")
                        .param("urgency", "NOT-AN-URGENCY")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("Choose a category.")
                .contains("Required.")
                .contains("Not a valid value.")
                .contains("Say how many people are affected.");
        assertThat(mvc.post()
                        .uri("/portal/tickets/new")
                        .multipart()
                        .param("title", "")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("请选择分类。");
        assertThat(ticketsOf(me)).isEmpty();
    }

    @Test
    void aRefusedFileCreatesNoTicket() {
        UserSummary me = requester();
        long vpn = categories.findByCode("NET-VPN").orElseThrow().id();

        assertThat(mvc.post()
                        .uri("/portal/tickets/new")
                        .multipart()
                        .file(new MockMultipartFile("attachments", "ok.txt", "text/plain", "fine".getBytes()))
                        .file(new MockMultipartFile(
                                "attachments", "setup.exe", "application/x-msdownload", new byte[] {'M', 'Z'}))
                        .param("categoryId", Long.toString(vpn))
                        .param("title", "VPN drops")
                        .param("description", "every 5 minutes")
                        .param("urgency", "MEDIUM")
                        .param("impact", "MINOR")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("Files of type application/x-msdownload are not accepted.")
                .contains("VPN drops");
        assertThat(mvc.post()
                        .uri("/portal/tickets/new")
                        .multipart()
                        .file(new MockMultipartFile("attachments", "empty.txt", "text/plain", new byte[0]))
                        .param("categoryId", "987654321")
                        .param("title", "Unknown category")
                        .param("description", "x")
                        .param("urgency", "MEDIUM")
                        .param("impact", "MINOR")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("The file is empty.");
        assertThat(mvc.post()
                        .uri("/portal/tickets/new")
                        .multipart()
                        .param("categoryId", "987654321")
                        .param("title", "Unknown category")
                        .param("description", "x")
                        .param("urgency", "MEDIUM")
                        .param("impact", "MINOR")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("No such category, or it is no longer in use.");
        assertThat(ticketsOf(me)).isEmpty();
    }

    @Test
    void anotherPersonsTicketIsALocalisedNotFound() {
        UserSummary owner = requester();
        UserSummary stranger = requester();
        TicketView ticket = open(owner, "Private matter");
        submissions.reply(
                ticket.id(),
                viewers.of(owner.id()),
                "with a file",
                List.of(new TicketAttachments.Upload(
                        "secret.txt",
                        "text/plain",
                        6,
                        new org.springframework.core.io.ByteArrayResource("secret".getBytes()))));
        long fileId =
                attachments.list(ticket.id(), viewers.of(owner.id())).get(0).id();

        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(stranger)))
                .hasStatus(404)
                .bodyText()
                .contains("Page not found")
                .doesNotContain("Private matter");
        assertThat(mvc.get()
                        .uri("/portal/tickets/{id}", ticket.id())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .with(as(stranger)))
                .hasStatus(404)
                .bodyText()
                .contains("页面不存在");
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/replies", ticket.id())
                        .param("body", "let me in")
                        .with(as(stranger))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/portal/tickets/{id}/attachments/{a}", ticket.id(), fileId)
                        .with(as(stranger)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/portal/tickets/not-a-number").with(as(stranger)))
                .hasStatus(400);
        assertThat(work.conversation(ticket.id(), viewers.of(owner.id()))).hasSize(1);
    }

    @Test
    void theConversationShowsPublicRepliesOnlyAndRepliesPostWithAndWithoutHtmx() {
        UserSummary me = requester();
        TicketView ticket = open(me, "Monitor flickers");
        TicketViewer agent = viewers.of(demo("li.na").id());
        long sd = directory.findGroup("SD").orElseThrow().id();
        work.assign(ticket.id(), agent, sd, demo("li.na").id(), null);
        work.reply(ticket.id(), agent, EntryKind.PUBLIC_REPLY, "Which cable do you use?", 0);
        work.reply(ticket.id(), agent, EntryKind.INTERNAL_NOTE, "probably the old HDMI cable", 0);

        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(me)))
                .hasStatusOk()
                .bodyText()
                .contains("Which cable do you use?")
                .doesNotContain("old HDMI cable")
                .contains("李娜 Li Na")
                .contains("status-history");

        var fragment = mvc.post()
                .uri("/portal/tickets/{id}/replies", ticket.id())
                .multipart()
                .file(new MockMultipartFile("attachments", "cable.jpg", "image/jpeg", new byte[] {1, 2, 3}))
                .param("body", "The grey DisplayPort one")
                .header("HX-Request", "true")
                .with(as(me))
                .with(csrf())
                .exchange();
        assertThat(fragment)
                .hasStatusOk()
                .bodyText()
                .startsWith("<div id=\"conversation-panel\">")
                .contains("The grey DisplayPort one")
                .contains("cable.jpg")
                .doesNotContain("<html");

        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/replies", ticket.id())
                        .param("body", "Also the power cable")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/replies", ticket.id())
                        .param("body", "  ")
                        .header("HX-Request", "true")
                        .with(as(me))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Required.");
        assertThat(work.conversation(ticket.id(), viewers.of(me.id())))
                .extracting(e -> e.body())
                .containsExactly("Which cable do you use?", "The grey DisplayPort one", "Also the power cable");
    }

    @Test
    void aResolvedTicketIsRejectedOnlyWithAReasonThenAcceptedRatedAndReopened() {
        UserSummary me = requester();
        TicketView ticket = resolvedTicket(me, "Toner empty");

        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(me)))
                .bodyText()
                .contains("id=\"accept\"")
                .contains("id=\"reject\"")
                .contains("Replaced the toner");
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/reject", ticket.id())
                        .param("reason", " ")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("Required.");
        assertThat(tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);

        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/reject", ticket.id())
                        .param("reason", "Still prints grey stripes")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);

        TicketViewer agent = viewers.of(demo("li.na").id());
        work.resolve(ticket.id(), agent, ResolutionCode.SOLVED, "Cleaned the drum", null);
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/accept", ticket.id())
                        .with(as(me))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/accept", ticket.id())
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("You cannot accept a ticket that is closed.");

        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(me)))
                .bodyText()
                .contains("id=\"send-rating\"")
                .contains("id=\"reopen-ticket\"")
                .contains("id=\"resolution-notes\"")
                .contains("Cleaned the drum");
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/rating", ticket.id())
                        .param("stars", "9")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("Give 1 to 5 stars.");
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/rating", ticket.id())
                        .param("stars", "four")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus(422);
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/rating", ticket.id())
                        .param("stars", "4")
                        .param("comment", "快 quick")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        TicketView rated = tickets.find(ticket.id()).orElseThrow();
        assertThat(rated.rating()).isEqualTo(4);
        assertThat(rated.ratingComment()).isEqualTo("快 quick");
        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(me)))
                .bodyText()
                .doesNotContain("id=\"send-rating\"")
                .contains("You rated this ticket 4 of 5.");

        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/reopen", ticket.id())
                        .param("reason", "Stripes are back")
                        .with(as(me))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(me)))
                .bodyText()
                .contains("Stripes are back");
    }

    @Test
    void colleaguesWithOrganisationVisibilitySeeTheOrganisationTabButCannotDecide() {
        UserSummary zhangSan = demo("zhang.san");
        UserSummary liSi = demo("li.si");
        String title = "Shared drive full " + TestAccounts.uniqueName("t");
        TicketView ticket = resolvedTicket(zhangSan, title);

        assertThat(mvc.get().uri("/portal").with(as(liSi)))
                .bodyText()
                .contains("id=\"tab-organisation\"")
                .doesNotContain(title);
        assertThat(mvc.get().uri("/portal?scope=organisation").with(as(liSi)))
                .bodyText()
                .contains(title);
        assertThat(mvc.get().uri("/portal/tickets/{id}", ticket.id()).with(as(liSi)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"accept\"");
        assertThat(mvc.post()
                        .uri("/portal/tickets/{id}/accept", ticket.id())
                        .with(as(liSi))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(tickets.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(mvc.get().uri("/portal").with(as(demo("alice.wu"))))
                .bodyText()
                .doesNotContain("tab-organisation")
                .doesNotContain(title);
    }

    @Test
    void myTicketsArePagedWithAKeysetCursor() {
        UserSummary me = requester();
        for (int i = 1; i <= PortalController.PAGE_SIZE + 1; i++) {
            open(me, "Request number " + i + " of many");
        }

        var first = mvc.get().uri("/portal").with(as(me)).exchange();
        assertThat(first).bodyText().contains("Request number 21 of many").doesNotContain("Request number 1 of many");
        String body = new String(first.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        int at = body.indexOf("id=\"next-page\"");
        assertThat(at).isPositive();
        String href = body.substring(body.indexOf("href=\"", at) + 6);
        href = href.substring(0, href.indexOf('"')).replace("&amp;", "&");

        assertThat(mvc.get().uri(href).with(as(me)))
                .hasStatusOk()
                .bodyText()
                .contains("Request number 1 of many")
                .doesNotContain("Request number 2 of many")
                .doesNotContain("id=\"next-page\"");
        assertThat(mvc.get().uri("/portal?cursor=%%%").with(as(me))).hasStatus4xxClientError();
    }
}
