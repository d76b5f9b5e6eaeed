package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.keel.TestDatabase;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.HistoryView;
import dev.keel.ticket.domain.Tickets;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service-desk journey across people, in real Chromium and over real SMTP: a requester
 * submits in the portal, an agent picks it up from the queue, replies and resolves; the requester gets
 * the e-mails, accepts and rates; the history shows every step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ServiceDeskJourneyBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";
    private static final ServerSetup SMTP = new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;

    @Test
    void requesterAgentAndMailTogether() throws Exception {
        String title = "打印机卡纸 paper jam " + System.nanoTime() % 100_000;
        long ticketId;
        String number;
        try (Browser requester = new Browser(port, "zh-CN")) {
            requester.signIn("zhang.san", DEMO_PASSWORD);
            requester.waitFor("new-request");
            requester.click("new-request");
            requester.waitFor("request-form");
            requester.select("categoryId", "打印机");
            requester.type("title", title);
            requester.type("description", "三楼东侧打印机卡纸，面板显示 E-203。");
            requester.click("submit-request");
            requester.waitFor("submitted");
            number = requester.text("ticket-number");
            ticketId = Long.parseLong(requester.path().replaceAll("\\D+", ""));
            requester.screenshot("journey-1-submitted");
        }

        try (Browser agent = new Browser(port, "en-US")) {
            agent.signIn("li.na", DEMO_PASSWORD);
            agent.waitFor("page-title");
            agent.click("queue-unassigned");
            agent.waitFor("open-" + number);
            agent.click("open-" + number);
            agent.waitForText("ticket-number", number);
            agent.click("claim");
            agent.waitForText("notice", "You took the ticket.");
            agent.type("reply-body", "您好，工程师十分钟内到场。An engineer is on the way.");
            agent.type("timeSpentMinutes", "5\n");
            agent.waitForText("notice", "The reply was sent.");
            agent.click("resolve-toggle");
            agent.click("resolution-code-SOLVED");
            agent.type("resolutionNotes", "Cleared the paper jam and replaced the roller.");
            agent.click("resolve");
            agent.waitForText("notice", "The ticket was resolved.");
            agent.screenshot("journey-2-resolved");
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(mailsTo("zhang.san@keel.example", number)).hasSize(3));
        List<MimeMessage> mails = mailsTo("zhang.san@keel.example", number);
        assertThat(GreenMailUtil.getBody(mails.get(1))).isNotBlank();
        assertThat(mails)
                .extracting(m -> m.getSubject())
                .allSatisfy(s -> assertThat(s).contains("[" + number + "]"));

        try (Browser requester = new Browser(port, "zh-CN")) {
            requester.signIn("zhang.san", DEMO_PASSWORD);
            requester.waitFor("new-request");
            requester.open("/portal/tickets/" + ticketId);
            requester.waitFor("decision");
            requester.click("accept");
            requester.waitFor("rate");
            requester.click("stars-5");
            requester.type("comment", "非常及时，谢谢！");
            requester.click("send-rating");
            requester.waitFor("rated");
            requester.screenshot("journey-3-rated");
        }

        TicketView done = tickets.find(ticketId).orElseThrow();
        assertThat(done.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(done.rating()).isEqualTo(5);
        assertThat(tickets.history(ticketId))
                .extracting(HistoryView::field, HistoryView::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("status", "NEW"),
                        org.assertj.core.groups.Tuple.tuple("status", "ASSIGNED"),
                        org.assertj.core.groups.Tuple.tuple("status", "RESOLVED"),
                        org.assertj.core.groups.Tuple.tuple("status", "CLOSED"),
                        org.assertj.core.groups.Tuple.tuple("rating", "5"));
    }

    private static List<MimeMessage> mailsTo(String address, String number) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().contains(address))
                                && m.getSubject().contains(number);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
