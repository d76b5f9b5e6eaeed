package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import dev.keel.TestDatabase;
import dev.keel.identity.UserDirectory;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail channel in real Chromium against GreenMail: an administrator creates a mailbox and sees the
 * test-connection result, polls it, finds a broken message in the quarantine, and the requester sees
 * the ticket made from their mail with the quoted history folded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ChannelBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";
    private static final ServerSetup SMTP = new ServerSetup(3325, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final ServerSetup IMAP = new ServerSetup(3343, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {SMTP, IMAP});

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getPort());
        registry.add("keel.channel.poll-check", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    static MimeMessage mime(String raw) throws Exception {
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void mailboxQuarantineAndFoldedQuote() throws Exception {
        String login = "desk" + System.nanoTime() % 100_000;
        String address = login + "@keel.test";
        GreenMailUser box = greenMail.setUser(address, login, "imap-secret");
        String requester = directory.findUser("zhang.san").orElseThrow().email();
        String subject = "VPN 连接失败 " + System.nanoTime() % 100_000;
        box.deliver(mime("From: Zhang San <" + requester + ">\nTo: " + address + "\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\n"
                + "Message-ID: <browser-" + login + "@ecm.example>\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder()
                        .encodeToString(("VPN 今天早上开始一直连不上，提示证书错误。\n\n"
                                        + "在 2026年11月23日 写道：\n> 上次的问题已经解决了吗？\n> 服务台\n\n-- \n张三\n制造部")
                                .getBytes(StandardCharsets.UTF_8))
                + "\n"));
        box.deliver(mime("Subject: broken\nMessage-ID: <broken-" + login + "@corpus.example>\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"never\"\n\nnot a valid multipart body\n"));

        long mailboxId;
        try (Browser admin = new Browser(port, "en-US")) {
            admin.signIn("admin", DEMO_PASSWORD);
            admin.waitFor("page-title");
            admin.open("/admin/channel/mailboxes");
            admin.click("new-mailbox");
            admin.waitFor("mailbox-form");
            admin.type("name", login);
            admin.type("address", address);
            admin.type("imapHost", "127.0.0.1");
            admin.type("imapPort", String.valueOf(IMAP.getPort()));
            admin.click("imapSsl");
            admin.type("imapUser", login);
            admin.type("imapPassword", "imap-secret");
            admin.select("defaultGroupId", firstGroup(admin));
            admin.click("save-mailbox");
            admin.waitFor("test-connection");
            mailboxId = Long.parseLong(admin.path().replaceAll("\\D+", ""));
            assertThat(admin.element(By.id("imapPassword")).getAttribute("value"))
                    .isEmpty();
            admin.click("test-connection");
            admin.waitForText("imap-result", "IMAP connection works");
            assertThat(admin.pageText()).doesNotContain("imap-secret");
            admin.screenshot("channel-1-test-connection");

            admin.click("poll-now");
            admin.waitForText("poll-result", "2 new messages stored");
            admin.open("/admin/channel/quarantine");
            admin.waitFor("quarantine-table");
            assertThat(admin.text("quarantine-table"))
                    .contains("No usable sender address")
                    .contains("broken");
            admin.screenshot("channel-2-quarantine");
        }
        long ticketId = jdbc.queryForObject(
                "SELECT ticket_id FROM channel_message WHERE message_id = ?",
                Long.class,
                "browser-" + login + "@ecm.example");
        assertThat(mailboxId).isPositive();

        try (Browser zhang = new Browser(port, "zh-CN")) {
            zhang.signIn("zhang.san", DEMO_PASSWORD);
            zhang.waitFor("page-title");
            zhang.open("/portal/tickets/" + ticketId);
            zhang.waitForText("ticket-description", "VPN 今天早上开始一直连不上");
            assertThat(zhang.text("ticket-description")).doesNotContain("上次的问题");
            zhang.waitForCss(".mail-quote summary", "引用内容和签名");
            zhang.element(By.cssSelector(".mail-quote summary")).click();
            zhang.waitForCss(".mail-quote div", "上次的问题已经解决了吗");
            assertThat(zhang.element(By.cssSelector("a.mail-original")).getAttribute("href"))
                    .contains("/channel/messages/");
            zhang.screenshot("channel-3-folded-quote");
        }
    }

    /** The first real group of the default-group picker (the demo service desk). */
    private static String firstGroup(Browser admin) {
        var options = new org.openqa.selenium.support.ui.Select(admin.waitFor("defaultGroupId")).getOptions();
        return options.get(1).getText().replace('\u00a0', ' ').strip();
    }
}
