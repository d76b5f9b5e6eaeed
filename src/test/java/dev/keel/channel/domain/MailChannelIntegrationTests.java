package dev.keel.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import dev.keel.KeelIntegrationTest;
import dev.keel.KeelPrincipals;
import dev.keel.TestAccounts;
import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketParticipation;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * End to end through GreenMail: mail delivered to an IMAP mailbox is polled into tickets and replies,
 * Keel's notifications leave over SMTP with threading headers, noise opens nothing, broken mail is
 * quarantined, and a crash between any two intake steps loses and duplicates nothing. The one test
 * context of the channel with SMTP and IMAP (ports 3325 / 3343).
 */
@KeelIntegrationTest
class MailChannelIntegrationTests {

    static final ServerSetup SMTP = new ServerSetup(3325, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ServerSetup IMAP = new ServerSetup(3343, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    static final Charset GBK = Charset.forName("GBK");

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup[] {SMTP, IMAP}).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getPort());
        registry.add("keel.mail.from", () -> "servicedesk@keel.test");
        registry.add("keel.channel.poll-check", () -> "PT1H");
        registry.add("keel.channel.rate-limit", () -> "5");
    }

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailIntake intake;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketParticipation participation;

    @Autowired
    TicketAttachments attachments;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    IntakeAccounting accounting;

    @AfterEach
    void noFaults() {
        intake.faults(IntakeFaults.NONE);
    }

    /** A GreenMail account and a (paused) Keel mailbox polling it. */
    record Box(MailboxView mailbox, GreenMailUser user, String address) {}

    Box box(UnknownSenders unknown) {
        String login = TestAccounts.uniqueName("desk");
        String address = login + "@keel.test";
        GreenMailUser user = greenMail.setUser(address, login, "imap-secret");
        MailboxView mailbox = mailboxes.create(
                new SaveMailbox(
                        login,
                        address,
                        "127.0.0.1",
                        IMAP.getPort(),
                        false,
                        login,
                        "imap-secret",
                        "INBOX",
                        60,
                        null,
                        null,
                        false,
                        null,
                        null,
                        directory.findGroup("SD").orElseThrow().id(),
                        null,
                        null,
                        unknown,
                        false,
                        null),
                Actor.SYSTEM);
        return new Box(mailbox, user, address);
    }

    static MimeMessage mime(String raw) throws Exception {
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    static String b64(byte[] bytes) {
        return Base64.getMimeEncoder().encodeToString(bytes);
    }

    static String word(String text, Charset charset) {
        return "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }

    UserSummary requester() {
        return TestAccounts.user(accounts, Role.REQUESTER);
    }

    long ticketOf(String messageId) {
        return jdbc.queryForObject("SELECT ticket_id FROM channel_message WHERE message_id = ?", Long.class, messageId);
    }

    String statusOf(String messageId) {
        return jdbc.queryForObject("SELECT status FROM channel_message WHERE message_id = ?", String.class, messageId);
    }

    int ticketsTitled(String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title = ?", Integer.class, title);
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getRecipients(Message.RecipientType.TO))
                                .contains(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static List<MimeMessage> awaitMails(String address, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(address), mails -> mails.size() >= count);
    }

    static boolean allSeen(GreenMailUser user) throws Exception {
        return Arrays.stream(greenMail.getReceivedMessagesForDomain(user.getEmail()))
                .allMatch(m -> {
                    try {
                        return m.isSet(Flags.Flag.SEEN);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    void requesterMailBecomesTicketAndTheWholeThreadStaysOnIt() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String colleague = TestAccounts.uniqueName("colleague") + "@ecm.example";
        String title = "打印机卡纸 " + TestAccounts.uniqueName("t");
        String originalId = TestAccounts.uniqueName("orig") + "@ecm.example";
        box.user()
                .deliver(mime("From: Requester <" + requester.email() + ">\n"
                        + "To: " + box.address() + "\nCc: Colleague <" + colleague + ">\n"
                        + "Subject: " + word(title, GBK) + "\nMessage-ID: <" + originalId + ">\nMIME-Version: 1.0\n"
                        + "Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\n"
                        + "Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\n"
                        + b64("三楼的打印机一直卡纸，喆哥说换了纸也不行。".getBytes(GBK)) + "\n--B\n"
                        + "Content-Type: application/pdf\nContent-Disposition: attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf\n"
                        + "Content-Transfer-Encoding: base64\n\n"
                        + b64("%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII))
                        + "\n--B--\n"));

        MailIntake.PollResult result = intake.poll(box.mailbox().id());
        assertThat(result.error()).isNull();
        assertThat(result.fetched()).isEqualTo(1);
        long ticketId = ticketOf(originalId);
        TicketView ticket = tickets.find(ticketId).orElseThrow();
        assertThat(ticket.title()).isEqualTo(title);
        assertThat(ticket.description()).isEqualTo("三楼的打印机一直卡纸，喆哥说换了纸也不行。");
        assertThat(ticket.requesterId()).isEqualTo(requester.id());
        assertThat(ticket.channel()).isEqualTo(dev.keel.ticket.Channel.EMAIL);
        // the mailbox's default group, unless routing rules (other tests leave some in a shared database) moved it
        assertThat(ticket.groupId()).isNotNull();
        List<AttachmentView> files = attachments.list(ticketId, viewers.of(requester.id()));
        assertThat(files).extracting(AttachmentView::fileName).containsExactly("报告.pdf");
        assertThat(allSeen(box.user())).isTrue();

        // the confirmation and the agent's reply leave with threading headers and the ticket number
        // routing (rules and policies other tests left in a shared database) may touch the ticket at the
        // same moment, so a lost optimistic lock is retried
        replyAsAgent(ticketId, admin().id(), "请换一个硒鼓试试。");
        List<MimeMessage> toRequester = awaitMails(requester.email(), 2);
        MimeMessage reply = toRequester.stream()
                .filter(m -> text(m).contains("请换一个硒鼓试试"))
                .findFirst()
                .orElseThrow();
        assertThat(reply.getSubject()).contains("[" + ticket.number() + "]");
        assertThat(reply.getHeader("In-Reply-To", null)).isNotBlank();
        assertThat(reply.getHeader("References", null)).contains("<" + originalId + ">");
        assertThat(reply.getMessageID()).endsWith("@keel.test>");
        assertThat(reply.getHeader("X-Keel-Loop", null)).isEqualTo("keel.test");
        assertThat(reply.getFrom()[0].toString()).isEqualTo(box.address());
        assertThat(((Multipart) reply.getContent()).getContentType()).contains("multipart/mixed");
        assertThat(text(reply)).contains("请换一个硒鼓试试");
        MimeMessage opened =
                toRequester.stream().filter(m -> m != reply).findFirst().orElseThrow();
        assertThat(opened.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        String replyId = reply.getMessageID().replaceAll("[<>]", "");

        // the requester answers the agent's mail: threaded by In-Reply-To although the subject lost the number
        String answerId = TestAccounts.uniqueName("answer") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: Re: printer\n"
                        + "Message-ID: <" + answerId + ">\nIn-Reply-To: <" + replyId + ">\nReferences: <" + originalId
                        + "> <"
                        + replyId + ">\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                        + b64("换了硒鼓，好了。\n\nOn Tue, Service Desk wrote:\n> 请换一个硒鼓试试。\n".getBytes(StandardCharsets.UTF_8))
                        + "\n"));
        // the colleague on Cc answers the original mail (never seen by Keel as a user before)
        String ccId = TestAccounts.uniqueName("cc") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + colleague + "\nTo: " + box.address() + "\nSubject: Re: " + word(title, GBK)
                        + "\nMessage-ID: <" + ccId + ">\nIn-Reply-To: <" + originalId
                        + ">\nContent-Type: text/plain\n\n"
                        + "Same problem on the fourth floor.\n"));
        intake.poll(box.mailbox().id());

        assertThat(ticketOf(answerId)).isEqualTo(ticketId);
        assertThat(ticketOf(ccId)).isEqualTo(ticketId);
        assertThat(ticketsTitled(title)).isEqualTo(1);
        List<EntryView> entries = tickets.entries(ticketId);
        EntryView answer = entries.stream()
                .filter(e -> e.body().equals("换了硒鼓，好了。"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.authorId()).isEqualTo(requester.id());
        UserSummary ccUser = directory
                .findUser(jdbc.queryForObject("SELECT id FROM identity_user WHERE email = ?", Long.class, colleague))
                .orElseThrow();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.body()).isEqualTo("Same problem on the fourth floor.");
            assertThat(e.authorId()).isEqualTo(ccUser.id());
            assertThat(e.kind()).isEqualTo(EntryKind.PUBLIC_REPLY);
        });
        assertThat(participation.watchers(ticketId)).contains(ccUser.id());
        assertThat(ccUser.roles()).containsExactly(Role.REQUESTER);

        // the folded quote is one click away on the ticket page, and the original .eml too
        String fragment = mvc.perform(
                        get("/channel/entries/{id}/mail", answer.id()).with(KeelPrincipals.signedIn(requester)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("<details").contains("&gt; 请换一个硒鼓试试。").contains("/original");
        UserSummary stranger = requester();
        assertThat(mvc.perform(get("/channel/entries/{id}/mail", answer.id()).with(KeelPrincipals.signedIn(stranger)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("details");
        long messageRow =
                jdbc.queryForObject("SELECT id FROM channel_message WHERE message_id = ?", Long.class, answerId);
        mvc.perform(get("/channel/messages/{id}/original", messageRow).with(KeelPrincipals.signedIn(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/channel/messages/{id}/original", messageRow).with(KeelPrincipals.signedIn(requester)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("message/rfc822"));
    }

    @Test
    void outOfOfficeAndBounceOpenNothingAndAnswerNothing() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String originalId = TestAccounts.uniqueName("orig") + "@ecm.example";
        String title = "VPN " + TestAccounts.uniqueName("t");
        box.user()
                .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: " + title
                        + "\nMessage-ID: <" + originalId + ">\nContent-Type: text/plain\n\nVPN drops.\n"));
        intake.poll(box.mailbox().id());
        long ticketId = ticketOf(originalId);
        MimeMessage confirmation = awaitMails(requester.email(), 1).get(0);
        String sentId = confirmation.getMessageID().replaceAll("[<>]", "");
        int ticketsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Integer.class);
        int mailsBefore = outgoing(box);

        String oooSender = TestAccounts.uniqueName("away") + "@ecm.example";
        String oooId = TestAccounts.uniqueName("ooo") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + oooSender + "\nTo: " + box.address() + "\nSubject: "
                        + word("自动回复: 休假中", StandardCharsets.UTF_8) + "\nMessage-ID: <" + oooId
                        + ">\nAuto-Submitted: auto-replied\nContent-Type: text/plain\n\nOn leave.\n"));
        String bounceId = TestAccounts.uniqueName("dsn") + "@mx.example";
        box.user()
                .deliver(mime("From: MAILER-DAEMON@mx.example\nTo: " + box.address() + "\nSubject: Undelivered Mail\n"
                        + "Message-ID: <" + bounceId + ">\nMIME-Version: 1.0\n"
                        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"D\"\n\n--D\nContent-Type: text/plain\n\n"
                        + "Delivery failed.\n--D\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
                        + "Final-Recipient: rfc822; " + requester.email() + "\nAction: failed\nStatus: 5.1.1\n"
                        + "Diagnostic-Code: smtp; 550 no such user\n\n--D\nContent-Type: text/rfc822-headers\n\n"
                        + "From: servicedesk@keel.test\nMessage-ID: <" + sentId + ">\nSubject: whatever\n--D--\n"));
        intake.poll(box.mailbox().id());

        assertThat(statusOf(oooId)).isEqualTo("IGNORED");
        assertThat(statusOf(bounceId)).isEqualTo("BOUNCE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Integer.class))
                .isEqualTo(ticketsBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_user WHERE email = ?", Integer.class, oooSender))
                .isZero();
        assertThat(tickets.entries(ticketId)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.SYSTEM);
            assertThat(e.body()).contains(requester.email()).contains("550 no such user");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT bounces FROM channel_bounce WHERE address = ?", Integer.class, requester.email()))
                .isEqualTo(1);
        Thread.sleep(500);
        assertThat(outgoing(box)).isEqualTo(mailsBefore);
        assertThat(mailsTo(oooSender)).isEmpty();
        assertThat(allSeen(box.user())).isTrue();
    }

    @Test
    void brokenMailIsQuarantinedWithItsReasonAndCanBeRetriedOrDiscarded() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        box.user()
                .deliver(mime(new String(Corpus.read("broken-no-sender.eml"), StandardCharsets.US_ASCII)
                        .replace("\r\n", "\n")
                        .replace(
                                "<broken@corpus.example>",
                                "<" + TestAccounts.uniqueName("broken") + "@corpus.example>")));
        intake.poll(box.mailbox().id());
        long id = jdbc.queryForObject(
                "SELECT id FROM channel_message WHERE mailbox_id = ?",
                Long.class,
                box.mailbox().id());
        assertThat(jdbc.queryForObject("SELECT reason FROM channel_message WHERE id = ?", String.class, id))
                .isEqualTo("no-sender");
        assertThat(allSeen(box.user())).isTrue();

        String page = mvc.perform(get("/admin/channel/quarantine").with(KeelPrincipals.signedIn(admin(), Role.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("quarantined-" + id).contains("No usable sender address");
        mvc.perform(get("/admin/channel/quarantine/{id}/eml", id).with(KeelPrincipals.signedIn(admin(), Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not a valid multipart body")));
        mvc.perform(
                        post("/admin/channel/quarantine/{id}/retry", id)
                                .with(KeelPrincipals.signedIn(admin(), Role.ADMIN))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM channel_message WHERE id = ?", String.class, id))
                .isEqualTo("QUARANTINED");
        mvc.perform(
                        post("/admin/channel/quarantine/{id}/discard", id)
                                .with(KeelPrincipals.signedIn(admin(), Role.ADMIN))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM channel_message WHERE id = ?", String.class, id))
                .isEqualTo("DISCARDED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT action FROM audit_entry WHERE subject = ? ORDER BY seq",
                                String.class,
                                "mail:" + id))
                        .as(jdbc.queryForList(
                                        "SELECT action || ' ' || subject FROM audit_entry ORDER BY seq DESC LIMIT 8",
                                        String.class)
                                .toString())
                        .containsExactlyInAnyOrder(
                                "mail.quarantine.downloaded", "mail.quarantine.retried", "mail.quarantine.discarded"));
    }

    @Test
    void aCrashBetweenAnyTwoStepsLosesAndDuplicatesNothing() throws Exception {
        for (IntakeFaults.Step step : IntakeFaults.Step.values()) {
            Box box = box(UnknownSenders.CREATE);
            UserSummary requester = requester();
            String id = TestAccounts.uniqueName("crash") + "@ecm.example";
            String title = "Crash at " + step + " " + TestAccounts.uniqueName("t");
            box.user()
                    .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: " + title
                            + "\nMessage-ID: <" + id + ">\nContent-Type: text/plain\n\nDisk full.\n"));
            intake.faults(s -> {
                if (s == step) {
                    throw new IntakeFaults.Crash(s);
                }
            });
            assertThatThrownBy(() -> intake.poll(box.mailbox().id())).isInstanceOf(IntakeFaults.Crash.class);
            intake.faults(IntakeFaults.NONE);
            assertThat(ticketsTitled(title)).as(step.name()).isEqualTo(step == IntakeFaults.Step.AFTER_PROCESS ? 1 : 0);
            assertThat(allSeen(box.user())).as(step.name()).isFalse();

            intake.poll(box.mailbox().id());
            intake.poll(box.mailbox().id());
            assertThat(ticketsTitled(title)).as(step.name()).isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM channel_message WHERE message_id = ?", Integer.class, id))
                    .as(step.name())
                    .isEqualTo(1);
            assertThat(statusOf(id)).isEqualTo("PROCESSED");
            assertThat(allSeen(box.user())).as(step.name()).isTrue();
        }
    }

    @Test
    void aReplyWithoutNumberOrHeadersFindsTheTicketBySubjectFromAParticipant() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String title = "Projector flickers " + TestAccounts.uniqueName("t");
        String first = TestAccounts.uniqueName("first") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: " + title
                        + "\nMessage-ID: <" + first + ">\nContent-Type: text/plain\n\nIt flickers.\n"));
        String second = TestAccounts.uniqueName("second") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: RE: "
                        + word("回复: " + title, StandardCharsets.UTF_8) + "\nMessage-ID: <" + second
                        + ">\nContent-Type: text/plain\n\nStill flickering.\n"));
        String stranger = TestAccounts.uniqueName("other") + "@ecm.example";
        String third = TestAccounts.uniqueName("third") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + stranger + "\nTo: " + box.address() + "\nSubject: Re: " + title
                        + "\nMessage-ID: <" + third + ">\nContent-Type: text/plain\n\nMe too.\n"));
        intake.poll(box.mailbox().id());
        assertThat(ticketOf(second)).isEqualTo(ticketOf(first));
        // someone who never took part gets a ticket of their own: the fallback is careful
        assertThat(ticketOf(third)).isNotEqualTo(ticketOf(first));
    }

    @Test
    void tnefAndOtherRefusedFilesStayOnTheTicketInsideTheOriginalMessage() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String id = TestAccounts.uniqueName("tnef") + "@ecm.example";
        box.user()
                .deliver(mime(new String(Corpus.read("winmail-tnef.eml"), StandardCharsets.US_ASCII)
                        .replace("\r\n", "\n")
                        .replace("zhang.san@ecm.example", requester.email())
                        .replace("tnef@corpus.example", id)));
        intake.poll(box.mailbox().id());
        long ticketId = ticketOf(id);
        assertThat(attachments.list(ticketId, viewers.of(requester.id())))
                .extracting(AttachmentView::fileName)
                .containsExactly("original-message.eml");
        assertThat(tickets.entries(ticketId))
                .anySatisfy(e -> assertThat(e.body()).contains("winmail.dat").contains("original-message.eml"));
    }

    @Test
    void aSecondNodeStoringTheSameMessageStoresNothingAgain() {
        Box box = box(UnknownSenders.CREATE);
        byte[] raw = Corpus.read("gb2312-plain.eml");
        String unique = new String(raw, StandardCharsets.US_ASCII)
                .replace("gb2312@corpus.example", TestAccounts.uniqueName("twice") + "@corpus.example");
        MailConnections.Fetched fetched = new MailConnections.Fetched(1, unique.getBytes(StandardCharsets.US_ASCII));
        assertThat(intake.store(box.mailbox(), fetched)).isTrue();
        // the same IMAP message (same UID) stored again by another node or a retried poll
        assertThat(intake.store(box.mailbox(), new MailConnections.Fetched(1, fetched.raw())))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM channel_message WHERE mailbox_id = ?",
                        Integer.class,
                        box.mailbox().id()))
                .isEqualTo(1);
        // a message without Message-ID is keyed by its content
        assertThat(MailIntake.messageKey(null, "ab")).isEqualTo("sha256:ab");
    }

    String corpus(String name, String... replacements) {
        String text = new String(Corpus.read(name), StandardCharsets.US_ASCII).replace("\r\n", "\n");
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return text;
    }

    List<java.util.Map<String, Object>> rows(Box box) {
        return jdbc.queryForList(
                "SELECT status, reason, detail, ticket_id, imap_uid, flagged FROM channel_message WHERE mailbox_id = ?"
                        + " ORDER BY id",
                box.mailbox().id());
    }

    @Test
    void aMailDeliveredTwiceIsRecordedAsADuplicateAndAReusedMessageIdIsAnotherMail() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String id = TestAccounts.uniqueName("dup") + "@corpus.example";
        String subject = "Badge reader at gate 3 " + TestAccounts.uniqueName("t");
        for (String name : List.of("dup-first.eml", "dup-resent.eml", "dup-reused-id.eml")) {
            box.user()
                    .deliver(mime(corpus(
                            name,
                            "dup@corpus.example",
                            id,
                            "zhang.san@ecm.example",
                            requester.email(),
                            "Badge reader at gate 3",
                            subject)));
        }
        intake.poll(box.mailbox().id());
        List<java.util.Map<String, Object>> rows = rows(box);
        assertThat(rows)
                .extracting(r -> r.get("status") + "/" + r.get("reason"))
                .containsExactly("PROCESSED/opened", "DUPLICATE/duplicate", "PROCESSED/opened");
        long first = jdbc.queryForObject(
                "SELECT MIN(id) FROM channel_message WHERE mailbox_id = ?",
                Long.class,
                box.mailbox().id());
        assertThat(rows.get(1).get("detail")).isEqualTo("#" + first);
        assertThat(rows.get(2).get("ticket_id")).isNotEqualTo(rows.get(0).get("ticket_id"));
        assertThat(ticketsTitled(subject)).isEqualTo(1);
        assertThat(allSeen(box.user())).isTrue();

        // a mail without Message-ID whose line endings a gateway changed is the same mail
        String bare = "From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: No id "
                + TestAccounts.uniqueName("t") + "\nContent-Type: text/plain\n\nLine endings differ.\n";
        assertThat(intake.store(
                        box.mailbox(),
                        new MailConnections.Fetched(
                                9001, bare.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII))))
                .isTrue();
        assertThat(intake.store(
                        box.mailbox(), new MailConnections.Fetched(9002, bare.getBytes(StandardCharsets.US_ASCII))))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM channel_message WHERE mailbox_id = ? AND imap_uid = 9002",
                        String.class,
                        box.mailbox().id()))
                .isEqualTo("DUPLICATE");
    }

    @Test
    void sendersAreAttributedFromEveryHeaderAndOnlyTheUnattributableAreQuarantined() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        String tag = TestAccounts.uniqueName("s");
        for (String name : List.of(
                "sender-sender-only.eml",
                "sender-reply-to-only.eml",
                "sender-return-path-only.eml",
                "sender-dotless.eml",
                "sender-malformed.eml",
                "sender-none.eml")) {
            box.user()
                    .deliver(mime(corpus(
                            name,
                            "@corpus.example>",
                            "." + tag + "@corpus.example>",
                            "@ecm.example",
                            "." + tag + "@ecm.example",
                            "root@mailhost",
                            "root." + tag + "@mailhost")));
        }
        intake.poll(box.mailbox().id());
        List<java.util.Map<String, Object>> rows = rows(box);
        assertThat(rows)
                .extracting(r -> r.get("status") + "/" + r.get("reason"))
                .containsExactly(
                        "PROCESSED/opened",
                        "PROCESSED/opened",
                        "PROCESSED/opened",
                        "PROCESSED/opened",
                        "PROCESSED/opened",
                        "QUARANTINED/no-sender");
        assertThat((String) rows.get(5).get("detail")).contains("From, Sender, Reply-To, Return-Path");
        assertThat(jdbc.queryForList(
                        "SELECT sender FROM channel_message WHERE mailbox_id = ? ORDER BY id",
                        String.class,
                        box.mailbox().id()))
                .containsExactly(
                        "assistant." + tag + "@ecm.example",
                        "li.si." + tag + "@ecm.example",
                        "backup." + tag + "@ecm.example",
                        "root." + tag + "@mailhost",
                        "john.doe." + tag + "@ecm.example",
                        null);
        long dotless = (Long) rows.get(3).get("ticket_id");
        assertThat(tickets.find(dotless).orElseThrow().requesterId())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT id FROM identity_user WHERE email = ?", Long.class, "root." + tag + "@mailhost"));
    }

    @Test
    void separateMailsWithTheSameSubjectStaySeparateAndOnlyARepliesFollowsTheSubject() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String subject = "Password reset " + TestAccounts.uniqueName("t");
        String first = TestAccounts.uniqueName("same1") + "@ecm.example";
        String second = TestAccounts.uniqueName("same2") + "@ecm.example";
        String reply = TestAccounts.uniqueName("same3") + "@ecm.example";
        for (String[] m : new String[][] {
            {first, subject, "Please reset my password."},
            {second, subject, "Please reset the password of my colleague too."},
            {reply, "AW: " + subject, "It works now."}
        }) {
            box.user()
                    .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: " + m[1]
                            + "\nMessage-ID: <" + m[0] + ">\nContent-Type: text/plain\n\n" + m[2] + "\n"));
        }
        intake.poll(box.mailbox().id());
        assertThat(ticketOf(second)).isNotEqualTo(ticketOf(first));
        assertThat(ticketOf(reply)).isIn(ticketOf(first), ticketOf(second));
        assertThat(ticketsTitled(subject)).isEqualTo(2);

        // a reply to a closed ticket does not follow the subject onto it
        long latest = ticketOf(reply);
        jdbc.update("UPDATE ticket SET status = 'CLOSED' WHERE id = ?", latest);
        String late = TestAccounts.uniqueName("late") + "@ecm.example";
        box.user()
                .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: Re: " + subject
                        + "\nMessage-ID: <" + late + ">\nContent-Type: text/plain\n\nAgain.\n"));
        intake.poll(box.mailbox().id());
        assertThat(ticketOf(late)).isNotEqualTo(latest);
    }

    @Test
    void aReadReceiptIsRecordedAsNoise() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        box.user()
                .deliver(mime(corpus(
                        "read-receipt.eml",
                        "mdn@corpus.example",
                        TestAccounts.uniqueName("mdn") + "@corpus.example",
                        "zhang.san@ecm.example",
                        requester.email())));
        intake.poll(box.mailbox().id());
        assertThat(rows(box))
                .extracting(r -> r.get("status") + "/" + r.get("reason"))
                .containsExactly("IGNORED/read-receipt");
        assertThat(allSeen(box.user())).isTrue();
    }

    @Test
    void stormsFromOneSenderAreRateLimitedIntoQuarantine() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        for (int i = 0; i < 7; i++) {
            box.user()
                    .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: storm " + i
                            + " " + TestAccounts.uniqueName("s") + "\nMessage-ID: <" + TestAccounts.uniqueName("storm")
                            + "@ecm.example>\nContent-Type: text/plain\n\nagain\n"));
        }
        intake.poll(box.mailbox().id());
        List<String> reasons = jdbc.queryForList(
                "SELECT COALESCE(reason, status) FROM channel_message WHERE mailbox_id = ? ORDER BY id",
                String.class,
                box.mailbox().id());
        assertThat(reasons).hasSize(7);
        assertThat(reasons.subList(0, 5)).containsOnly("opened");
        assertThat(reasons.subList(5, 7)).containsOnly("rate-limited");
    }

    @Test
    void theIntakeStatusAccountsForEveryMessageReceived() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String tag = TestAccounts.uniqueName("acc");
        for (String name : List.of(
                "dup-first.eml",
                "dup-resent.eml",
                "read-receipt.eml",
                "ooo-x-autoreply.eml",
                "sender-none.eml",
                "latin1-german.eml")) {
            box.user()
                    .deliver(mime(corpus(
                            name,
                            "@corpus.example>",
                            "." + tag + "@corpus.example>",
                            "zhang.san@ecm.example",
                            requester.email(),
                            "juergen.mueller@ecm.example",
                            requester.email())));
        }
        intake.poll(box.mailbox().id());
        String json = mvc.perform(get(
                                "/api/v1/channel/mailboxes/{id}/intake",
                                box.mailbox().id())
                        .header("Authorization", TestAccounts.bearer("keel_demo_admin_2026")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"received\":6")
                .contains("\"tickets\":2")
                .contains("\"replies\":0")
                .contains("\"duplicates\":1")
                .contains("\"noise\":2")
                .contains("\"quarantined\":1")
                .contains("\"pending\":0");
        assertThat(mvc.perform(get("/api/v1/channel/intake")
                                .header("Authorization", TestAccounts.bearer("keel_demo_admin_2026")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"mailboxId\":" + box.mailbox().id());
        mvc.perform(get("/api/v1/channel/mailboxes/{id}/intake", 987654321L)
                        .header("Authorization", TestAccounts.bearer("keel_demo_admin_2026")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/channel/intake").header("Authorization", TestAccounts.bearer("keel_demo_agent_2026")))
                .andExpect(status().isForbidden());
        for (var locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
            String page = mvc.perform(get("/admin/channel/intake")
                            .locale(locale)
                            .with(KeelPrincipals.signedIn(admin(), Role.ADMIN)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("intake-" + box.mailbox().id())
                    .contains(locale == java.util.Locale.ENGLISH ? "All accounted for" : "全部有据可查");
        }
    }

    /** The backlog benchmark at smoke size (200 messages; the benchmark itself is run by hand). */
    @Test
    void aBacklogIsClearedInBatchesInParallelAndEveryMessageIsAccountedFor() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        List<dev.keel.bench.BacklogMail.Message> backlog =
                dev.keel.bench.BacklogMail.generate(200, TestAccounts.uniqueName("bl"), box.address(), 20);
        dev.keel.bench.MailBacklogBenchmark.deliver(box.user(), backlog);
        dev.keel.bench.MailBacklogBenchmark.Result result =
                dev.keel.bench.MailBacklogBenchmark.drain(intake, accounting, box.mailbox(), 200);
        dev.keel.channel.domain.IntakeCount count = result.count();
        assertThat(count.received()).isEqualTo(200);
        assertThat(count.balanced()).isTrue();
        assertThat(count.pending()).isZero();
        assertThat(count.quarantined()).as(count.toString()).isZero();
        assertThat(count.tickets())
                .isEqualTo(dev.keel.bench.BacklogMail.count(backlog, dev.keel.bench.BacklogMail.Kind.TICKET));
        assertThat(count.replies())
                .isEqualTo(dev.keel.bench.BacklogMail.count(backlog, dev.keel.bench.BacklogMail.Kind.REPLY));
        assertThat(count.duplicates())
                .isEqualTo(dev.keel.bench.BacklogMail.count(backlog, dev.keel.bench.BacklogMail.Kind.DUPLICATE));
        assertThat(count.noise())
                .isEqualTo(dev.keel.bench.BacklogMail.count(backlog, dev.keel.bench.BacklogMail.Kind.NOISE));
        assertThat(allSeen(box.user())).isTrue();
    }

    /**
     * The corpus report: every message of the corpus delivered over IMAP and polled, with what it must
     * become (status / reason), its subject, its sender and the first words of its ticket. A sender
     * written as {@code local@ecm} is made unique per message ({@code local.<tag><n>@ecm.example}) so that
     * the flood limit of this context does not apply; the duplicate pair shares one.
     */
    static final String[][] CORPUS_REPORT = {
        {"base64-no-padding.eml", "PROCESSED/opened", "Unpadded base64", "zhang.san@ecm", "The VPN drops every hour."},
        {"big5.eml", "PROCESSED/opened", "印表機無法列印", "zhang.san@ecm", "三樓的印表機無法列印，請協助處理。"},
        {"broken-boundary.eml", "PROCESSED/opened", "Boundary missing", "zhang.san@ecm", "the VPN is down"},
        {"broken-no-sender.eml", "QUARANTINED/no-sender", "broken", null, null},
        {"cid-inline.eml", "PROCESSED/opened", "Inline image", "zhang.san@ecm", "See the error"},
        {
            "dsn-bounce.eml",
            "BOUNCE/bounce-unmatched",
            "Undelivered Mail Returned to Sender",
            "mailer-daemon@mx.keel.example",
            null
        },
        {
            "dup-first.eml",
            "PROCESSED/opened",
            "Badge reader at gate 3",
            "zhang.san@ecm",
            "The badge reader at gate 3 rejects"
        },
        {"dup-resent.eml", "DUPLICATE/duplicate", "Badge reader at gate 3", "zhang.san@ecm", null},
        {"dup-reused-id.eml", "PROCESSED/opened", "Monitor flickers", "zhang.san@ecm", "A different mail from a client"
        },
        {
            "empty-plain-html-alternative.eml",
            "PROCESSED/opened",
            "Scanner jammed",
            "zhang.san@ecm",
            "The scanner on floor 2"
        },
        {
            "encoded-word-spaces.eml",
            "PROCESSED/opened",
            "Drucker im 3. Stock defekt - bitte prüfen",
            "zhang.san@ecm",
            "The printer on the third floor"
        },
        {"euc-kr.eml", "PROCESSED/opened", "프린터 고장", "kim@kr.example", "프린터가 작동하지 않습니다."},
        {
            "forwarded-rfc822.eml",
            "PROCESSED/opened",
            "Fwd: Disk alarm",
            "zhang.san@ecm",
            "Please look at the forwarded alarm."
        },
        {"gb18030.eml", "PROCESSED/opened", "生僻字𠮷测试", "zhang.san@ecm", "用户名含生僻字𠮷野家"},
        {"gb2312-plain.eml", "PROCESSED/opened", "张喆的电脑无法开机", "zhang.san@ecm", "您好，张喆的电脑无法开机"},
        {"gbk-attachment.eml", "PROCESSED/opened", "报销系统报错", "zhang.san@ecm", "报销系统提交时报错"},
        {"html-only.eml", "PROCESSED/opened", "HTML only with scripts", "zhang.san@ecm", null},
        {"iso-2022-jp-nec.eml", "PROCESSED/opened", "①会議室㈱", "suzuki@jp.example", "手順①と②を実施しました。㈱テスト"},
        {"iso-2022-jp.eml", "PROCESSED/opened", "プリンターが動きません", "tanaka@jp.example", "会議室のプリンターが動きません。"},
        {
            "latin1-french.eml",
            "PROCESSED/opened",
            "Problème d'accès à l'intranet",
            "chloe.martin@ecm",
            "Je n'ai plus accès à l'intranet"
        },
        {
            "latin1-german.eml",
            "PROCESSED/opened",
            "Größe der Datei überschritten",
            "juergen.mueller@ecm",
            "Die Größe der Datei überschreitet"
        },
        {
            "latin1-swedish-ascii-label.eml",
            "PROCESSED/opened",
            "Skrivaren är trasig",
            "asa.lind@ecm",
            "Skrivaren på våning två är trasig."
        },
        {"loop-own-header.eml", "IGNORED/loop", "Looping mail", "zhang.san@ecm", null},
        {"mislabelled-latin1-gbk.eml", "PROCESSED/opened", "Latin-1 label, GBK bytes", "zhang.san@ecm", "标记为西欧字符集的中文"},
        {"mislabelled-utf8-as-gb2312.eml", "PROCESSED/opened", "Mislabelled charset", "zhang.san@ecm", "标签写着 GB2312"},
        {"missing-charset-gbk.eml", "PROCESSED/opened", "No charset at all", "zhang.san@ecm", "没有声明字符集的中文邮件"},
        {"nested-multipart.eml", "PROCESSED/opened", "Nested parts", "zhang.san@ecm", "多层嵌套的正文。"},
        {"ooo-auto-submitted.eml", "IGNORED/auto-reply", "自动回复: 我正在休假", "zhang.san@ecm", null},
        {"ooo-outlook.eml", "IGNORED/auto-reply", "Automatic reply: printer", "zhang.san@ecm", null},
        {"ooo-precedence-bulk.eml", "IGNORED/auto-reply", "Newsletter", "zhang.san@ecm", null},
        {"ooo-x-autoreply.eml", "IGNORED/auto-reply", "Re: your request", "zhang.san@ecm", null},
        {"pgp-signed.eml", "PROCESSED/opened", "Signed PGP/MIME", "zhang.san@ecm", "The PGP signed body stays readable."
        },
        {"read-receipt.eml", "IGNORED/read-receipt", "Read: Printer queue stuck", "zhang.san@ecm", null},
        {"reply-outlook-zh.eml", "PROCESSED/opened", "答复: 打印机问题", "zhang.san@ecm", "已经好了，谢谢。"},
        {
            "reply-quoted.eml",
            "PROCESSED/opened",
            "Re: [INC-20000101-000001] VPN down",
            "zhang.san@ecm",
            "It works again, thanks!"
        },
        {"rfc2231-continuation.eml", "PROCESSED/opened", "Long file name", "zhang.san@ecm", "See the attached log."},
        {
            "sender-dotless.eml",
            "PROCESSED/opened",
            "Disk almost full on build01",
            "root@mailhost",
            "Filesystem /var is 97% full."
        },
        {"sender-malformed.eml", "PROCESSED/opened", "Laptop battery", "john.doe@ecm", "The laptop battery lasts only"},
        {"sender-none.eml", "QUARANTINED/no-sender", "Nobody sent this", null, null},
        {"sender-reply-to-only.eml", "PROCESSED/opened", "Form mail", "li.si@ecm", "Web form: the wiki search"},
        {"sender-return-path-only.eml", "PROCESSED/opened", "Cron output", "backup@ecm", "Nightly backup finished"},
        {"sender-sender-only.eml", "PROCESSED/opened", "Sent on behalf", "assistant@ecm", "Posted by the assistant"},
        {"shift-jis.eml", "PROCESSED/opened", "メールが届きません", "sato@jp.example", "昨日からメールが届きません。"},
        {"smime-signed.eml", "PROCESSED/opened", "Signed S/MIME", "zhang.san@ecm", "签名邮件的正文仍然可读。"},
        {"split-encoded-word.eml", "PROCESSED/opened", "服务器无法连接数据库", "zhang.san@ecm", "主题里的多字节字符被拆到两个编码字里。"},
        {"utf7.eml", "PROCESSED/opened", "UTF-7 body", "zhang.san@ecm", "VPN 连接失败"},
        {
            "winmail-tnef.eml",
            "PROCESSED/opened",
            "Outlook rich text",
            "zhang.san@ecm",
            "Body from Outlook with a TNEF attachment"
        }
    };

    @Test
    void everyCorpusMessageBecomesWhatTheCorpusReportSays() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        String tag = TestAccounts.uniqueName("cr").replaceAll("[^a-z0-9]", "");
        assertThat(java.util.Arrays.stream(CORPUS_REPORT).map(r -> r[0]).toList())
                .as("every corpus message has a line in the report")
                .containsExactlyElementsOf(Corpus.names());
        for (int i = 0; i < CORPUS_REPORT.length; i++) {
            String name = CORPUS_REPORT[i][0];
            String token = tag + (name.startsWith("dup-") ? "dup" : String.valueOf(i));
            box.user()
                    .deliver(mime(corpus(
                            name,
                            "@corpus.example>",
                            "." + tag + "@corpus.example>",
                            "@ecm.example",
                            "." + token + "@ecm.example",
                            "INC-20261124-000001",
                            "INC-20000101-000001")));
        }
        intake.poll(box.mailbox().id());
        List<java.util.Map<String, Object>> rows = jdbc.queryForList(
                "SELECT status, reason, subject, sender, ticket_id FROM channel_message WHERE mailbox_id = ?"
                        + " ORDER BY imap_uid",
                box.mailbox().id());
        assertThat(rows).hasSize(CORPUS_REPORT.length);
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < CORPUS_REPORT.length; i++) {
            String[] expected = CORPUS_REPORT[i];
            java.util.Map<String, Object> row = rows.get(i);
            String token = tag + (expected[0].startsWith("dup-") ? "dup" : String.valueOf(i));
            String sender = expected[3] == null
                    ? null
                    : expected[3].endsWith("@ecm")
                            ? expected[3].replace("@ecm", "." + token + "@ecm.example")
                            : expected[3];
            String outcome = row.get("status") + "/" + row.get("reason");
            check(wrong, expected[0], "outcome", expected[1], outcome);
            check(wrong, expected[0], "sender", sender, row.get("sender"));
            if (row.get("ticket_id") != null && outcome.equals("PROCESSED/opened")) {
                TicketView ticket = tickets.find(((Number) row.get("ticket_id")).longValue())
                        .orElseThrow();
                check(wrong, expected[0], "subject", expected[2], ticket.title());
                if (expected[4] != null && !ticket.description().contains(expected[4])) {
                    wrong.add(expected[0] + ": body does not start with \"" + expected[4] + "\" but reads \""
                            + ticket.description()
                                    .substring(
                                            0, Math.min(60, ticket.description().length()))
                            + "\"");
                }
            } else {
                check(wrong, expected[0], "subject", expected[2], row.get("subject"));
            }
        }
        assertThat(wrong).as("corpus report").isEmpty();
        assertThat(allSeen(box.user())).isTrue();
        dev.keel.channel.domain.IntakeCount count = accounting.of(box.mailbox().id());
        assertThat(count.received()).isEqualTo(CORPUS_REPORT.length);
        assertThat(count.balanced()).isTrue();
    }

    private static void check(
            List<String> wrong,
            String name,
            String what,
            @org.jspecify.annotations.Nullable String expected,
            @org.jspecify.annotations.Nullable Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            wrong.add(name + ": " + what + " expected \"" + expected + "\" but was \"" + actual + "\"");
        }
    }

    @Test
    void aBacklogOfOldMailFromOneSenderIsNoFlood() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        for (int i = 0; i < 7; i++) {
            box.user()
                    .deliver(mime("From: " + requester.email() + "\nTo: " + box.address() + "\nSubject: backlog " + i
                            + " " + TestAccounts.uniqueName("b") + "\nDate: Tue, 24 Nov 2026 " + (10 + i)
                            + ":00:00 +0800\nMessage-ID: <" + TestAccounts.uniqueName("backlog")
                            + "@ecm.example>\nContent-Type: text/plain\n\nwritten an hour apart\n"));
        }
        intake.poll(box.mailbox().id());
        assertThat(jdbc.queryForList(
                        "SELECT COALESCE(reason, status) FROM channel_message WHERE mailbox_id = ? ORDER BY id",
                        String.class,
                        box.mailbox().id()))
                .hasSize(7)
                .containsOnly("opened");
    }

    @Test
    void aMessageClaimedByAnotherWorkerIsLeftToItUntilTheClaimIsStale() {
        Box box = box(UnknownSenders.CREATE);
        UserSummary requester = requester();
        String id = TestAccounts.uniqueName("claimed") + "@ecm.example";
        String raw = "From: " + requester.email() + "\r\nTo: " + box.address() + "\r\nSubject: Claimed "
                + TestAccounts.uniqueName("t") + "\r\nMessage-ID: <" + id + ">\r\n\r\nclaimed elsewhere\r\n";
        assertThat(intake.store(box.mailbox(), new MailConnections.Fetched(1, raw.getBytes(StandardCharsets.US_ASCII))))
                .isTrue();
        jdbc.update(
                "UPDATE channel_message SET claimed_by = 'node-elsewhere', claimed_at = CURRENT_TIMESTAMP"
                        + " WHERE message_id = ?",
                id);
        assertThat(intake.processPending(box.mailbox().id())).isZero();
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
        jdbc.update(
                "UPDATE channel_message SET claimed_at = ? WHERE message_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(1))),
                id);
        assertThat(intake.processPending(box.mailbox().id())).isEqualTo(1);
        assertThat(statusOf(id)).isEqualTo("PROCESSED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM channel_message WHERE message_id = ? AND claimed_by IS NULL",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void theSweepAndPollNowRunningAtOnceProcessEveryMessageExactlyOnce() throws Exception {
        Box box = box(UnknownSenders.CREATE);
        // three mails per sender, below this context's flood limit of five
        List<UserSummary> senders = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> requester())
                .toList();
        String tag = TestAccounts.uniqueName("race");
        for (int i = 0; i < 24; i++) {
            String raw = "From: " + senders.get(i % 8).email() + "\r\nTo: " + box.address() + "\r\nSubject: " + tag
                    + " " + i + "\r\nMessage-ID: <" + tag + "." + i + "@ecm.example>\r\n\r\nrace " + i + "\r\n";
            intake.store(box.mailbox(), new MailConnections.Fetched(100 + i, raw.getBytes(StandardCharsets.US_ASCII)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(() -> intake.processPending(t2(box))));
            }
            int processed = 0;
            for (java.util.concurrent.Future<Integer> run : runs) {
                processed += run.get();
            }
            assertThat(processed).isEqualTo(24);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList(
                        "SELECT status || '/' || attempts FROM channel_message WHERE mailbox_id = ?",
                        String.class,
                        box.mailbox().id()))
                .hasSize(24)
                .containsOnly("PROCESSED/0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE title LIKE ?", Integer.class, tag + " %"))
                .isEqualTo(24);
    }

    private static Long t2(Box box) {
        return box.mailbox().id();
    }

    @Test
    void unknownSendersAreRefusedPolitelyOnceADay() throws Exception {
        Box box = box(UnknownSenders.REFUSE);
        String stranger = TestAccounts.uniqueName("stranger") + "@outside.example";
        for (int i = 0; i < 2; i++) {
            box.user()
                    .deliver(mime("From: " + stranger + "\nTo: " + box.address() + "\nSubject: hello " + i
                            + "\nMessage-ID: <" + TestAccounts.uniqueName("strange")
                            + "@outside.example>\nContent-Type: text/plain\n\nhi\n"));
        }
        intake.poll(box.mailbox().id());
        assertThat(jdbc.queryForList(
                        "SELECT reason FROM channel_message WHERE mailbox_id = ?",
                        String.class,
                        box.mailbox().id()))
                .containsExactly("unknown-sender", "unknown-sender");
        MimeMessage refusal = awaitMails(stranger, 1).get(0);
        assertThat(refusal.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(refusal.getHeader("X-Keel-Loop", null)).isNotBlank();
        Thread.sleep(500);
        assertThat(mailsTo(stranger)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_user WHERE email = ?", Integer.class, stranger))
                .isZero();
    }

    @Test
    void theConsoleCreatesMailboxesTestsTheConnectionAndNeverShowsPasswords() throws Exception {
        String login = TestAccounts.uniqueName("console");
        greenMail.setUser(login + "@keel.test", login, "console-pass-42");
        var admin = KeelPrincipals.signedIn(admin(), Role.ADMIN);
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        String location = mvc.perform(post("/admin/channel/mailboxes")
                        .with(admin)
                        .with(csrf)
                        .param("name", login)
                        .param("address", login + "@keel.test")
                        .param("imapHost", "127.0.0.1")
                        .param("imapPort", String.valueOf(IMAP.getPort()))
                        .param("imapUser", login)
                        .param("imapPassword", "console-pass-42")
                        .param("folder", "INBOX")
                        .param("pollSeconds", "60")
                        .param("unknownSenders", "CREATE")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("SELECT imap_secret FROM channel_mailbox WHERE id = ?", String.class, id))
                .startsWith("v1:")
                .doesNotContain("console-pass-42");
        String tested = mvc.perform(post("/admin/channel/mailboxes/{id}/test", id)
                        .with(admin)
                        .with(csrf))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(tested).contains("IMAP connection works: 0 messages").doesNotContain("console-pass-42");

        // a wrong password: the server's answer, never the password
        mvc.perform(post("/admin/channel/mailboxes/{id}", id)
                        .with(admin)
                        .with(csrf)
                        .param("name", login)
                        .param("address", login + "@keel.test")
                        .param("imapHost", "127.0.0.1")
                        .param("imapPort", String.valueOf(IMAP.getPort()))
                        .param("imapUser", login)
                        .param("imapPassword", "wrong-pass-77")
                        .param("folder", "INBOX")
                        .param("pollSeconds", "60")
                        .param("unknownSenders", "CREATE")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String failed = mvc.perform(post("/admin/channel/mailboxes/{id}/test", id)
                        .with(admin)
                        .with(csrf))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(failed)
                .contains("IMAP connection failed")
                .as("the problem in plain words before the server's own text")
                .contains("the server refused the user name or password")
                .contains("Technical details")
                .doesNotContain("wrong-pass-77");
        String edit = mvc.perform(get("/admin/channel/mailboxes/{id}", id).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit)
                .doesNotContain("wrong-pass-77")
                .doesNotContain("console-pass-42")
                .contains("unchanged");

        // bad input: a message next to the field, nothing saved
        String invalid = mvc.perform(post("/admin/channel/mailboxes")
                        .with(admin)
                        .with(csrf)
                        .param("name", "")
                        .param("address", "not-an-address")
                        .param("imapPort", "abc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("is-invalid");

        String api = mvc.perform(get("/api/v1/channel/mailboxes")
                        .header("Authorization", TestAccounts.bearer("keel_demo_admin_2026")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains(login).doesNotContain("pass").doesNotContain("secret");
        mvc.perform(get("/api/v1/channel/mailboxes")
                        .header("Authorization", TestAccounts.bearer("keel_demo_agent_2026")))
                .andExpect(status().isForbidden());
    }

    private void replyAsAgent(long ticketId, long agent, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.reply(ticketId, viewers.of(agent), EntryKind.PUBLIC_REPLY, text, 0);
                return;
            } catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 5) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /** Mails Keel sent (everything GreenMail holds except what was delivered into the test mailbox). */
    static int outgoing(Box box) {
        return greenMail.getReceivedMessages().length - mailsTo(box.address()).size();
    }

    private UserSummary admin() {
        return directory.findUser("admin").orElseThrow();
    }

    static String text(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder found = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    found.append(text(multipart.getBodyPart(i)));
                }
                return found.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
