package dev.keel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.GroupTier;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.notification.domain.NotificationKind;
import dev.keel.notification.domain.NotificationRecord;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import dev.keel.ticket.domain.Tickets;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real SMTP through GreenMail. The mail properties make this the one test context with mail enabled;
 * keep mail tests in this class so that the build starts only one extra context.
 */
@KeelIntegrationTest
class NotificationMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("keel.base-url", () -> "https://keel.test");
    }

    @Autowired
    Tickets tickets;

    @Autowired
    TicketWork work;

    @Autowired
    TicketViewers viewers;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDirectory directory;

    @Autowired
    SupportGroups groups;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    private UserSummary requester(Locale locale) {
        UserSummary user = TestAccounts.user(accounts, Role.REQUESTER);
        accounts.savePreferences(user.username(), locale, "Asia/Shanghai");
        return user;
    }

    private TicketView open(UserSummary requester, String title, Long category) {
        return tickets.open(
                new OpenTicket(null, title, "详细描述 details", Channel.PORTAL, category, null, null, requester.id()),
                requester.id());
    }

    private long agent() {
        return directory.findUser("li.na").orElseThrow().id();
    }

    /** Opens a ticket and puts it on li.na, who can then reply and resolve. */
    private TicketView assignedTicket(UserSummary requester, String title) {
        TicketView opened = open(requester, title, null);
        long sd = directory.findGroup("SD").orElseThrow().id();
        tickets.assign(opened.id(), sd, agent(), agent());
        return opened;
    }

    @Autowired
    dev.keel.identity.domain.LoginAttempts loginAttempts;

    @Test
    void theOwnerOfALockedAccountIsToldByMailInTheirLanguage() throws Exception {
        UserSummary user = requester(Locale.ENGLISH);
        for (int i = 0; i < 5; i++) {
            loginAttempts.failed(user.username(), "203.0.113.77", "bad-credentials");
        }
        assertThat(accounts.find(user.id()).locked()).isTrue();

        MimeMessage mail = awaitMails(user.email(), 1).getFirst();
        assertThat(subject(mail)).isEqualTo("Your Keel account was locked after failed sign-ins");
        assertThat(text(mail))
                .contains("Hello " + user.displayName())
                .contains("203.0.113.77")
                .contains("(Asia/Shanghai)")
                .contains("https://keel.test/login");
        assertThat(jdbc.queryForList(
                        "SELECT ticket_id FROM notification_log WHERE recipient = ? AND kind = 'ACCOUNT_LOCKED'",
                        Long.class,
                        user.email()))
                .containsExactly((Long) null);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(address), mails -> mails.size() >= count);
    }

    private static String subject(MimeMessage m) {
        try {
            return Objects.requireNonNull(m.getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part, decoded. */
    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder found = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    found.append(text(body));
                }
                return found.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void openingATicketConfirmsToTheRequesterInTheirLanguage() {
        UserSummary chinese = requester(Locale.SIMPLIFIED_CHINESE);
        UserSummary english = requester(Locale.ENGLISH);
        TicketView zh = open(chinese, "打印机脱机", null);
        TicketView en = open(english, "Printer offline", null);

        MimeMessage zhMail = awaitMails(chinese.email(), 1).get(0);
        MimeMessage enMail = awaitMails(english.email(), 1).get(0);

        assertThat(subject(zhMail)).isEqualTo("[" + zh.number() + "] 已受理：打印机脱机");
        assertThat(text(zhMail)).contains("您好", zh.number(), "https://keel.test/portal/tickets/" + zh.id());
        assertThat(subject(enMail)).isEqualTo("[" + en.number() + "] Received: Printer offline");
        assertThat(text(enMail)).contains("we have received your request", en.number());
        // the log row is written after the SMTP server accepted the mail, so it may trail the delivery
        Awaitility.await()
                .untilAsserted(() -> assertThat(notifications.forTicket(en.id()))
                        .singleElement()
                        .satisfies(n -> {
                            assertThat(n.kind()).isEqualTo(NotificationKind.OPENED);
                            assertThat(n.status()).isEqualTo(NotificationRecord.Status.SENT);
                            assertThat(n.recipient()).isEqualTo(english.email());
                        }));
    }

    @Test
    void anAgentsPublicReplyReachesTheRequesterButAnInternalNoteDoesNot() {
        UserSummary requester = requester(Locale.ENGLISH);
        TicketView ticket = assignedTicket(requester, "VPN keeps dropping");
        TicketViewer agent = viewers.of(agent());
        awaitMails(requester.email(), 1);

        work.reply(ticket.id(), agent, EntryKind.INTERNAL_NOTE, "secret internal remark", 0);
        work.reply(ticket.id(), agent, EntryKind.PUBLIC_REPLY, "Please restart the <b>client</b>", 0);

        List<MimeMessage> mails = awaitMails(requester.email(), 2);
        MimeMessage reply = mails.get(1);
        assertThat(subject(reply)).isEqualTo("[" + ticket.number() + "] New reply: VPN keeps dropping");
        assertThat(text(reply)).contains("Please restart the <b>client</b>");
        assertThat(mails).noneMatch(m -> text(m).contains("secret internal remark"));
        assertThat(mailsTo(requester.email())).hasSize(2);
    }

    @Test
    void theRequestersOwnReplyIsNotMailedBackToThem() {
        UserSummary requester = requester(Locale.SIMPLIFIED_CHINESE);
        TicketView ticket = assignedTicket(requester, "邮箱满了");
        awaitMails(requester.email(), 1);

        work.reply(ticket.id(), viewers.of(requester.id()), EntryKind.PUBLIC_REPLY, "我自己的补充说明", 0);
        work.reply(ticket.id(), viewers.of(agent()), EntryKind.PUBLIC_REPLY, "已为您扩容", 0);

        List<MimeMessage> mails = awaitMails(requester.email(), 2);
        assertThat(subject(mails.get(1))).isEqualTo("[" + ticket.number() + "] 新回复：邮箱满了");
        assertThat(text(mails.get(1))).contains("已为您扩容");
        assertThat(mailsTo(requester.email())).hasSize(2).noneMatch(m -> text(m).contains("我自己的补充说明"));
    }

    @Test
    void resolutionAsksTheRequesterToAcceptOrReject() {
        UserSummary requester = requester(Locale.ENGLISH);
        TicketView ticket = assignedTicket(requester, "Monitor flickers");
        awaitMails(requester.email(), 1);

        work.resolve(ticket.id(), viewers.of(agent()), ResolutionCode.SOLVED, "Replaced the cable", null);

        MimeMessage resolved = awaitMails(requester.email(), 2).get(1);
        assertThat(subject(resolved)).isEqualTo("[" + ticket.number() + "] Resolved: Monitor flickers");
        assertThat(text(resolved))
                .contains("Replaced the cable", "https://keel.test/portal/tickets/" + ticket.id(), "5 days");
    }

    @Test
    void theGroupMailboxHearsOfNewUnassignedTickets() {
        String code = TestAccounts.uniqueName("N").replace('.', '-');
        String mailbox = code.toLowerCase(Locale.ROOT) + "@groups.test";
        GroupSummary group = groups.create(code, "Mail group " + code, null, GroupTier.L2, mailbox, Actor.SYSTEM);
        jdbc.update(
                "INSERT INTO ticket_category (code, name_en, name_zh, default_group_id) VALUES (?, ?, ?, ?)",
                code,
                "Mail category",
                "邮件分类",
                group.id());
        Long category = jdbc.queryForObject("SELECT id FROM ticket_category WHERE code = ?", Long.class, code);
        UserSummary requester = requester(Locale.SIMPLIFIED_CHINESE);

        TicketView ticket = open(requester, "共享盘无法访问", category);

        MimeMessage mail = awaitMails(mailbox, 1).get(0);
        assertThat(subject(mail)).startsWith("[" + ticket.number() + "]").contains("共享盘无法访问");
        assertThat(text(mail)).contains(group.name(), "详细描述 details");
        // the log rows are written after the SMTP server accepted each mail, so they may trail the delivery
        Awaitility.await()
                .untilAsserted(() -> assertThat(notifications.forTicket(ticket.id()))
                        .extracting(NotificationRecord::kind)
                        .containsExactlyInAnyOrder(NotificationKind.OPENED, NotificationKind.GROUP_QUEUE));
    }
}
