package dev.keel.ticket;

import static dev.keel.KeelPrincipals.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketAttachments.Upload;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketSubmissions;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** New tickets and replies with files: one transaction, one set of file checks. */
@KeelIntegrationTest
class TicketSubmissionsIntegrationTests {

    @Autowired
    TicketSubmissions submissions;

    @Autowired
    TicketAttachments attachments;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    TicketQueries queries;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester mvc;

    private static Upload text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Upload(name, "text/plain", bytes.length, new ByteArrayResource(bytes));
    }

    /** A client that claims a size but sends nothing: only storing the file finds out. */
    private static Upload lyingAboutItsSize(String name) {
        return new Upload(name, "text/plain", 42, new ByteArrayResource(new byte[0]));
    }

    private static OpenTicket request(UserSummary requester, String title) {
        return new OpenTicket(
                null, title, "details", Channel.PORTAL, null, Impact.MINOR, Urgency.MEDIUM, requester.id());
    }

    private int ticketsOf(UserSummary requester) {
        return queries.page(
                        TicketFilter.all().withRequester(requester.id()),
                        viewers.of(requester.id()),
                        TicketFilter.Sort.NEWEST,
                        PageRequest.first(50))
                .items()
                .size();
    }

    private int attachmentRows(long ticketId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket_attachment WHERE ticket_id = ?", Integer.class, ticketId);
        return count == null ? -1 : count;
    }

    private static String problemField(Throwable e) {
        return ((DomainException) e).fieldProblems().get(0).field();
    }

    @Test
    void aFileRefusedWhileItIsStoredLeavesNoTicket() {
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);

        assertThatThrownBy(() -> submissions.open(
                        request(requester, TestAccounts.uniqueName("Lying upload")),
                        requester.id(),
                        List.of(text("fine.txt", "fine"), lyingAboutItsSize("empty.txt"))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldProblems())
                                .singleElement()
                                .satisfies(
                                        p -> assertThat(p.messageKey()).isEqualTo("ticket.validation.attachmentEmpty")))
                .satisfies(e -> assertThat(problemField(e)).isEqualTo("attachments"));

        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void aFileRefusedWhileItIsStoredLeavesNoReply() {
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        TicketView ticket = tickets.open(request(requester, TestAccounts.uniqueName("Reply")), requester.id());
        TicketViewer viewer = viewers.of(requester.id());

        assertThatThrownBy(() -> submissions.reply(
                        ticket.id(), viewer, "two files", List.of(text("ok.txt", "ok"), lyingAboutItsSize("e.txt"))))
                .isInstanceOf(DomainException.class);

        assertThat(work.conversation(ticket.id(), viewer)).isEmpty();
        assertThat(attachmentRows(ticket.id())).isZero();
    }

    @Test
    void moreThanTenFilesAreRefusedBeforeAnythingIsWritten() {
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        List<Upload> eleven = Collections.nCopies(TicketAttachments.MAX_FILES + 1, text("log.txt", "line"));

        assertThatThrownBy(() -> submissions.open(
                        request(requester, TestAccounts.uniqueName("Many files")), requester.id(), eleven))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldProblems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("attachments");
                            assertThat(p.messageKey()).isEqualTo("ticket.validation.attachmentCount");
                        }));

        assertThat(ticketsOf(requester)).isZero();
    }

    @Test
    void aMissingContentTypeIsRefusedAsInTheApi() {
        Upload untyped = new Upload("blob", null, 3, new ByteArrayResource(new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> attachments.check(List.of(untyped)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldProblems()).singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("ticket.validation.attachmentType");
                            assertThat(p.arguments()).containsExactly("?");
                        }));
    }

    @Test
    void filesOfAReplyAreLinkedToItAndShownInTheAgentsHistory() {
        UserSummary requester = TestAccounts.user(accounts, Role.REQUESTER);
        TicketView ticket = submissions.open(
                request(requester, TestAccounts.uniqueName("With files")),
                requester.id(),
                List.of(text("../first.txt", "first")));
        TicketViewer viewer = viewers.of(requester.id());

        EntryView reply = submissions.reply(ticket.id(), viewer, "here is the log", List.of(text("log.txt", "log")));

        assertThat(attachments.list(ticket.id(), viewer))
                .extracting(AttachmentView::fileName, AttachmentView::entryId, AttachmentView::internal)
                .containsExactly(tuple("first.txt", null, false), tuple("log.txt", reply.id(), false));
        UserSummary agent = directory.findUser("li.na").orElseThrow();
        long sd = directory.findGroup("SD").orElseThrow().id();
        work.assign(ticket.id(), viewers.of(agent.id()), sd, agent.id(), null);
        assertThat(mvc.get().uri("/workspace/tickets/{id}", ticket.id()).with(signedIn(agent)))
                .hasStatusOk()
                .bodyText()
                .contains("log.txt")
                .contains("Attachment")
                .doesNotContain("??workspace.field");
    }
}
