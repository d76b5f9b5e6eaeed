package dev.keel.channel.domain;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * IMAP and SMTP connections of a mailbox: the test-connection check, and sessions that list unseen
 * messages by UID, read their raw bytes and set {@code \Seen}. Timeouts keep a dead server from
 * holding the poller.
 */
@Component
public class MailConnections {

    private final int timeoutMillis;

    MailConnections(@Value("${keel.channel.timeout:PT20S}") java.time.Duration timeout) {
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** One raw message and its UID in the folder. */
    public record Fetched(long uid, byte[] raw) {}

    /** An open IMAP folder of one mailbox. */
    public interface ImapSession extends AutoCloseable {

        /** UIDs of messages without {@code \Seen}, oldest first, at most {@code max}. */
        List<Long> unseen(int max) throws MessagingException;

        /** The raw bytes of a message, or null when it is gone. */
        @Nullable
        Fetched fetch(long uid) throws MessagingException, IOException;

        void markSeen(long uid) throws MessagingException;

        @Override
        void close();
    }

    public ImapSession open(MailboxView mailbox, String password) throws MessagingException {
        String protocol = mailbox.imapSsl() ? "imaps" : "imap";
        Properties p = new Properties();
        p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
        p.setProperty("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
        p.setProperty("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
        p.setProperty("mail." + protocol + ".peek", "true");
        Session session = Session.getInstance(p);
        Store store = session.getStore(protocol);
        store.connect(mailbox.imapHost(), mailbox.imapPort(), mailbox.imapUser(), password);
        try {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            return new Imap(store, folder);
        } catch (MessagingException e) {
            store.close();
            throw e;
        }
    }

    private record Imap(Store store, Folder folder) implements ImapSession {

        @Override
        public List<Long> unseen(int max) throws MessagingException {
            UIDFolder uids = (UIDFolder) folder;
            Message[] messages = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(messages, profile);
            List<Long> out = new ArrayList<>();
            for (Message m : messages) {
                if (out.size() >= max) {
                    break;
                }
                out.add(uids.getUID(m));
            }
            out.sort(Long::compare);
            return out;
        }

        @Override
        public @Nullable Fetched fetch(long uid) throws MessagingException, IOException {
            Message m = ((UIDFolder) folder).getMessageByUID(uid);
            if (m == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return new Fetched(uid, out.toByteArray());
        }

        @Override
        public void markSeen(long uid) throws MessagingException {
            Message m = ((UIDFolder) folder).getMessageByUID(uid);
            if (m != null) {
                m.setFlag(Flags.Flag.SEEN, true);
            }
        }

        @Override
        public void close() {
            try {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            } catch (MessagingException ignored) {
                // closing a broken connection
            }
            try {
                store.close();
            } catch (MessagingException ignored) {
                // closing a broken connection
            }
        }
    }

    /** Tries IMAP and, when configured, SMTP; the result carries the server's error text. */
    public ConnectionCheck check(MailboxView mailbox, String imapPassword, @Nullable String smtpPassword) {
        boolean imapOk;
        String imapDetail;
        ConnectionProblem imapProblem = null;
        ConnectionProblem smtpProblem = null;
        try (ImapSession session = open(mailbox, imapPassword)) {
            int count = ((Imap) session).folder().getMessageCount();
            imapOk = true;
            imapDetail = String.valueOf(count);
        } catch (MessagingException | RuntimeException e) {
            imapOk = false;
            imapDetail = scrub(e, imapPassword);
            imapProblem = ConnectionProblem.of(e);
        }
        Boolean smtpOk = null;
        String smtpDetail = null;
        if (mailbox.smtpHost() != null && mailbox.smtpPort() != null) {
            try {
                Transport transport = smtpSession(mailbox).getTransport(mailbox.smtpSsl() ? "smtps" : "smtp");
                transport.connect(mailbox.smtpHost(), mailbox.smtpPort(), mailbox.smtpUser(), smtpPassword);
                transport.close();
                smtpOk = true;
                smtpDetail = "";
            } catch (MessagingException | RuntimeException e) {
                smtpOk = false;
                smtpDetail = scrub(e, smtpPassword);
                smtpProblem = ConnectionProblem.of(e);
            }
        }
        return new ConnectionCheck(imapOk, imapDetail, smtpOk, smtpDetail, imapProblem, smtpProblem);
    }

    /** A session for sending through the mailbox's own SMTP server. */
    public Session smtpSession(MailboxView mailbox) {
        String protocol = mailbox.smtpSsl() ? "smtps" : "smtp";
        Properties p = new Properties();
        p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
        p.setProperty("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
        p.setProperty("mail." + protocol + ".auth", String.valueOf(mailbox.smtpUser() != null));
        return Session.getInstance(p);
    }

    /** The error text of a failed connection without the password, whatever the server echoed. */
    static String scrub(Exception e, @Nullable String password) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        String out = text.toString();
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, "******");
        }
        return Mailboxes.abbreviate(out, 500);
    }
}
