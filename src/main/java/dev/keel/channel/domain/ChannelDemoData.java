package dev.keel.channel.domain;

import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mailbox (with {@code keel.demo.enabled}): a paused mailbox for a local test mail server on
 * 127.0.0.1:3143 (e.g. GreenMail), so that the console shows a filled-in example. Created once, only while
 * there is no mailbox at all; it is never polled until an administrator enables it.
 */
@Component
class ChannelDemoData {

    private static final Logger log = LoggerFactory.getLogger(ChannelDemoData.class);

    private final Mailboxes mailboxes;
    private final UserDirectory directory;
    private final boolean enabled;

    ChannelDemoData(
            Mailboxes mailboxes, UserDirectory directory, @Value("${keel.demo.enabled:false}") boolean enabled) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
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
}
