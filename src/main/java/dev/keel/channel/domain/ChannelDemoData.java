package dev.keel.channel.domain;

import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.ticket.DemoTicketsRecorded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mailbox (with {@code keel.demo.enabled}): a paused mailbox for a local test mail server on
 * 127.0.0.1:3143 (e.g. GreenMail), so that the console shows a filled-in example. Created once, only while
 * there is no mailbox at all; it is never polled until an administrator enables it. With the demo
 * service desk ({@code keel.ticket.seed-demo}), once it has been recorded, three mails of this morning
 * go through the real intake of that mailbox (stored, parsed, turned into tickets with their original
 * message): zhang.san's in UTF-8, li.si's in GB18030 and alice.wu's in English with an HTML part.
 */
@Component
class ChannelDemoData {

    private static final Logger log = LoggerFactory.getLogger(ChannelDemoData.class);

    private final Mailboxes mailboxes;
    private final UserDirectory directory;
    private final boolean enabled;
    private final boolean demoTickets;
    private final MailIntake intake;
    private final Clock clock;

    ChannelDemoData(
            Mailboxes mailboxes,
            UserDirectory directory,
            MailIntake intake,
            Clock clock,
            @Value("${keel.demo.enabled:false}") boolean enabled,
            @Value("${keel.ticket.seed-demo:false}") boolean demoTickets) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.intake = intake;
        this.clock = clock;
        this.enabled = enabled;
        this.demoTickets = demoTickets;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(190)
    void onReady() {
        if (!enabled || !mailboxes.list().isEmpty()) {
            return;
        }
        Long group = directory.findGroup("SD").map(GroupSummary::id).orElse(null);
        mailboxes.create(
                new SaveMailbox(
                        "演示邮箱 Demo helpdesk",
                        "helpdesk@keel.example",
                        "127.0.0.1",
                        3143,
                        false,
                        "helpdesk",
                        "demo-mailbox-password",
                        "INBOX",
                        60,
                        null,
                        null,
                        false,
                        null,
                        null,
                        group,
                        null,
                        null,
                        UnknownSenders.CREATE,
                        false,
                        null),
                Actor.SYSTEM);
        log.info("Demo mailbox created (paused): helpdesk@keel.example on 127.0.0.1:3143");
    }

    @EventListener
    @org.springframework.core.annotation.Order(2) // after the knowledge demo's links
    void onDemoTickets(DemoTicketsRecorded recorded) {
        if (!enabled || !demoTickets) {
            return;
        }
        var mailbox = mailboxes.list().stream()
                .filter(m -> m.address().equals("helpdesk@keel.example"))
                .findFirst();
        if (mailbox.isEmpty()) {
            return;
        }
        List<byte[]> mails = List.of(
                mail(
                        1,
                        95,
                        "zhang.san",
                        "=?UTF-8?B?" + b64("会议室投影仪没有信号", StandardCharsets.UTF_8) + "?=",
                        "text/plain; charset=UTF-8",
                        "base64",
                        body64("二楼大会议室的投影仪连上笔记本后一直显示“无信号”，下午两点有客户来访，麻烦尽快看一下。\n\n张三\n华东制造集团", StandardCharsets.UTF_8)),
                mail(
                        2,
                        70,
                        "li.si",
                        "=?GB18030?B?" + b64("申请开通财务系统查询权限", Charset.forName("GB18030")) + "?=",
                        "text/plain; charset=GB18030",
                        "base64",
                        body64("您好：\n\n因工作调整，我需要财务系统的凭证查询权限，部门经理已口头同意。\n\n谢谢！\n李四", Charset.forName("GB18030"))),
                mail(
                        3,
                        40,
                        "alice.wu",
                        "Cannot open the sales dashboard",
                        "multipart/alternative; boundary=\"demo-alt\"",
                        "7bit",
                        "--demo-alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                                + "Hello,\r\n\r\nthe sales dashboard only shows a spinning wheel since this morning."
                                + " Colleagues in the store have the same problem.\r\n\r\nAlice\r\n"
                                + "--demo-alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                                + "<p>Hello,</p><p>the <b>sales dashboard</b> only shows a spinning wheel since this"
                                + " morning. Colleagues in the store have the same problem.</p><p>Alice</p>\r\n"
                                + "--demo-alt--\r\n"));
        long uid = 1;
        for (byte[] raw : mails) {
            intake.store(mailbox.get(), new MailConnections.Fetched(uid++, raw));
        }
        int processed = intake.processPending(mailbox.get().id());
        log.info("Demo mails received through the intake: {} processed", processed);
    }

    private byte[] mail(int n, int minutesAgo, String user, String subject, String type, String encoding, String body) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                clock.instant().minusSeconds(60L * minutesAgo).atZone(ZoneId.of("Asia/Shanghai")));
        String headers = "From: " + user + "@keel.example\r\n"
                + "To: helpdesk@keel.example\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: <demo-" + n + "@keel.example>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + type + "\r\n"
                + "Content-Transfer-Encoding: " + encoding + "\r\n\r\n";
        return (headers + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String body64(String text, Charset charset) {
        return Base64.getMimeEncoder().encodeToString(text.replace("\n", "\r\n").getBytes(charset)) + "\r\n";
    }

    private static String b64(String text, Charset charset) {
        return Base64.getEncoder().encodeToString(text.getBytes(charset));
    }
}
