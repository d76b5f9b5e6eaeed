package dev.keel.notification.domain;

import dev.keel.notification.MailThreads;
import dev.keel.notification.domain.NotificationRecord.Status;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends composed mails through SMTP and logs every attempt. Without {@code spring.mail.host} it sends
 * nothing (and says so once). A mail whose event was retried is not sent again. Transient failures
 * (server unreachable, timeouts) are rethrown so that the event publication registry retries the
 * listener; permanent ones (bad address, refused credentials, broken message) are only logged.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationLog notifications;
    private final String host;
    private final String from;
    private final AtomicBoolean disabledLogged = new AtomicBoolean();
    private final ObjectProvider<MailThreads> threads;

    /** Without a channel's thread information (tests that build a mailer by hand). */
    Mailer(ObjectProvider<JavaMailSender> sender, NotificationLog notifications, String host, String from) {
        this(
                sender,
                notifications,
                host,
                from,
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(MailThreads.class));
    }

    @org.springframework.beans.factory.annotation.Autowired
    Mailer(
            ObjectProvider<JavaMailSender> sender,
            NotificationLog notifications,
            @Value("${spring.mail.host:}") String host,
            @Value("${keel.mail.from:servicedesk@keel.example}") String from,
            ObjectProvider<MailThreads> threads) {
        this.sender = sender;
        this.notifications = notifications;
        this.host = host;
        this.from = from;
        this.threads = threads;
        if (host.isBlank()) {
            log.info("E-mail notifications are off: no SMTP host configured (KEEL_SMTP_HOST / spring.mail.host)");
        }
    }

    public boolean enabled() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    public void send(Mail mail) {
        if (!enabled()) {
            if (disabledLogged.compareAndSet(false, true)) {
                log.info("E-mail notifications are disabled: no SMTP host configured (spring.mail.host)");
            }
            return;
        }
        if (mail.recipient().isBlank() || notifications.alreadySent(mail.eventKey(), mail.recipient())) {
            return;
        }
        MailThreads thread = threads.getIfAvailable();
        if (thread != null && thread.suppressed(mail.recipient())) {
            notifications.record(mail, Status.FAILED, "suppressed: the address bounced earlier");
            return;
        }
        JavaMailSender smtp = sender.getObject();
        String messageId = MailHeaders.messageId(from);
        try {
            smtp.send(message(smtp, mail, messageId, thread));
            notifications.record(mail, Status.SENT, null, messageId);
        } catch (MailException | MessagingException e) {
            boolean retry = isTransient(e);
            log.warn(
                    "Notification {} for ticket {} to {} failed ({}): {}",
                    mail.kind(),
                    mail.ticketId(),
                    mail.recipient(),
                    retry ? "will retry" : "permanent",
                    e.getMessage());
            notifications.record(mail, Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            if (retry) {
                throw e instanceof MailException me ? me : new MailSendException("transient failure", e);
            }
        }
    }

    private MimeMessage message(JavaMailSender smtp, Mail mail, String messageId, @Nullable MailThreads thread)
            throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        Long ticketId = mail.ticketId();
        String sender = thread == null || ticketId == null
                ? from
                : thread.senderAddress(ticketId).orElse(from);
        helper.setFrom(sender);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), html(mail.text()));
        for (Mail.MailFile file : mail.files()) {
            helper.addAttachment(
                    file.fileName(),
                    new org.springframework.core.io.ByteArrayResource(file.content()),
                    file.contentType());
        }
        List<String> earlier = new ArrayList<>();
        if (thread != null && ticketId != null) {
            earlier.addAll(thread.receivedMessageIds(ticketId));
        }
        if (ticketId != null) {
            earlier.addAll(notifications.sentMessageIds(ticketId));
        }
        MailHeaders.thread(message, messageId, earlier, mail.kind() != NotificationKind.REPLY, from);
        return message;
    }

    /** The same text as HTML, escaped, so that nothing a user typed can inject markup. */
    static String html(String text) {
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\"><p>"
                + escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                + "</p></body></html>";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isTransient(Exception e) {
        if (e instanceof MailAuthenticationException) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof SendFailedException || cause instanceof AddressException) {
                return false;
            }
            if (cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof jakarta.mail.MessagingException m
                            && m.getMessage() != null
                            && m.getMessage().contains("Could not connect")) {
                return true;
            }
        }
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().noneMatch(Mailer::permanent);
        }
        return false;
    }

    private static boolean permanent(Exception e) {
        return e instanceof SendFailedException || e instanceof AddressException;
    }

    private static @Nullable Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
