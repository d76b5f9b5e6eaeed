package dev.keel.channel.domain;

import dev.keel.notification.MailThreads;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The polite refusal to an unknown sender when a mailbox does not register requesters: at most one a
 * day per address, never to automatic mail (which never gets this far), marked {@code Auto-Submitted:
 * auto-replied} and with Keel's loop header. Sent through the mailbox's own SMTP server when it has
 * one, else through the application's.
 */
@Component
class RefusalMailer {

    private static final Logger log = LoggerFactory.getLogger(RefusalMailer.class);

    private final JdbcTemplate jdbc;
    private final Mailboxes mailboxes;
    private final MailConnections connections;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    RefusalMailer(
            JdbcTemplate jdbc,
            Mailboxes mailboxes,
            MailConnections connections,
            ObjectProvider<JavaMailSender> smtp,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.mailboxes = mailboxes;
        this.connections = connections;
        this.smtp = smtp;
        this.messages = messages;
        this.clock = clock;
    }

    /** Sends the refusal unless this address got one today; returns whether one was sent. */
    boolean refuse(MailboxView mailbox, ParsedMail mail) {
        if (mail.from() == null) {
            return false;
        }
        String to = mail.from().address();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            // its own transaction: this runs after the intake transaction committed
            newTransaction.executeWithoutResult(tx -> jdbc.update(
                    "INSERT INTO channel_refusal (address, refused_on) VALUES (?, ?)", to, Date.valueOf(today)));
        } catch (DuplicateKeyException alreadyToday) {
            return false;
        }
        try {
            String subject = "Re: " + mail.subject();
            String text = messages.getMessage(
                            "channel.refusal.body", new Object[] {mailbox.address()}, Locale.SIMPLIFIED_CHINESE)
                    + "\n\n-----\n\n"
                    + messages.getMessage("channel.refusal.body", new Object[] {mailbox.address()}, Locale.ENGLISH);
            if (mailbox.smtpHost() != null && mailbox.smtpPort() != null) {
                MimeMessage message = new MimeMessage(connections.smtpSession(mailbox));
                fill(message, mailbox, mail, to, subject, text);
                Transport transport = message.getSession().getTransport(mailbox.smtpSsl() ? "smtps" : "smtp");
                try (transport) {
                    transport.connect(
                            mailbox.smtpHost(),
                            mailbox.smtpPort(),
                            mailbox.smtpUser(),
                            mailboxes.smtpPassword(mailbox.id()));
                    transport.sendMessage(message, message.getAllRecipients());
                }
                return true;
            }
            JavaMailSender sender = smtp.getIfAvailable();
            if (sender == null) {
                log.info("No SMTP server for refusals of mailbox {}", mailbox.name());
                return false;
            }
            MimeMessage message = sender.createMimeMessage();
            fill(message, mailbox, mail, to, subject, text);
            sender.send(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Refusal to an unknown sender via mailbox {} failed: {}", mailbox.name(), e.getMessage());
            return false;
        }
    }

    private static void fill(
            MimeMessage message, MailboxView mailbox, ParsedMail mail, String to, String subject, String text)
            throws MessagingException {
        message.setFrom(new InternetAddress(mailbox.address()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setHeader(MailThreads.LOOP_HEADER, host(mailbox.address()));
        message.setHeader("Message-ID", "<keel." + UUID.randomUUID() + "@" + host(mailbox.address()) + ">");
        if (mail.messageId() != null) {
            message.setHeader("In-Reply-To", "<" + mail.messageId() + ">");
            message.setHeader("References", "<" + mail.messageId() + ">");
        }
    }

    private static String host(String address) {
        return address.substring(address.indexOf('@') + 1);
    }
}
