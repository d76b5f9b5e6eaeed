package dev.keel.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.channel.domain.IntakeAccounting;
import dev.keel.channel.domain.IntakeCount;
import dev.keel.channel.domain.MailIntake;
import dev.keel.channel.domain.MailboxView;
import dev.keel.channel.domain.Mailboxes;
import dev.keel.shared.Actor;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A mail server's backlog after an outage, cleared through IMAP: {@code --messages} generated messages
 * ({@link BacklogMail}: mixed charsets, attachments, replies, duplicates, auto-replies) are delivered to a
 * GreenMail IMAP mailbox, then Keel polls it until nothing is unseen or pending, and every message must be
 * accounted for (tickets + replies + duplicates + noise + quarantined = messages). Target (issue 13):
 * 10,000 messages at 100 messages per second or more on PostgreSQL. It takes the machine for minutes: run
 * it alone.
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.keel.bench.MailBacklogBenchmark \
 *     [--url jdbc:postgresql://127.0.0.1:5432/keel_bench --user keel --password keel] [--messages 10000]
 *     [--imap-port 3993] [--workers 4] [--batch 500]
 * </pre>
 */
public final class MailBacklogBenchmark {

    private MailBacklogBenchmark() {}

    /** What one run measured. */
    public record Result(int messages, long millis, IntakeCount count, int polls) {
        public double perSecond() {
            return messages * 1000.0 / Math.max(1, millis);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        options.putIfAbsent("url", "jdbc:h2:mem:mailbacklog;DB_CLOSE_DELAY=-1");
        if (options.get("url").startsWith("jdbc:h2")) {
            options.putIfAbsent("user", "sa");
        }
        int messages = Integer.parseInt(options.getOrDefault("messages", "10000"));
        int port = Integer.parseInt(options.getOrDefault("imap-port", "3993"));
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        try (ConfigurableApplicationContext keel = Bench.start(
                options,
                "--keel.channel.poll-check=PT1H",
                "--keel.channel.workers=" + options.getOrDefault("workers", "4"),
                "--keel.channel.batch=" + options.getOrDefault("batch", "500"))) {
            String login = "backlog" + System.nanoTime();
            GreenMailUser user = greenMail.setUser(login + "@bench.example", login, "bench");
            MailboxView mailbox = keel.getBean(Mailboxes.class).create(mailbox(login, port, null), Actor.SYSTEM);
            List<BacklogMail.Message> backlog =
                    BacklogMail.generate(messages, login, login + "@bench.example", Math.max(10, messages / 20));
            deliver(user, backlog);
            Result result =
                    drain(keel.getBean(MailIntake.class), keel.getBean(IntakeAccounting.class), mailbox, messages);
            System.out.printf(
                    "%d messages in %.1f s: %.0f messages/s over %d polls; %s%n",
                    result.messages(), result.millis() / 1000.0, result.perSecond(), result.polls(), result.count());
            if (result.count().received() != messages || !result.count().balanced()) {
                throw new IllegalStateException("not every message is accounted for: " + result.count());
            }
        } finally {
            greenMail.stop();
        }
    }

    /** Delivers the backlog to the IMAP mailbox (before the clock runs). */
    public static void deliver(GreenMailUser user, List<BacklogMail.Message> backlog) throws Exception {
        Session session = Session.getInstance(new Properties());
        for (BacklogMail.Message message : backlog) {
            user.deliver(new MimeMessage(
                    session,
                    new ByteArrayInputStream(message.raw().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Polls until every delivered message is taken in and nothing is pending; the time it took. */
    public static Result drain(MailIntake intake, IntakeAccounting accounting, MailboxView mailbox, int expected) {
        long start = System.nanoTime();
        int polls = 0;
        IntakeCount count = accounting.of(mailbox.id());
        while (polls < 10_000 && (count.received() < expected || count.pending() > 0)) {
            MailIntake.PollResult result = intake.poll(mailbox.id());
            polls++;
            if (result.error() != null) {
                throw new IllegalStateException("poll failed: " + result.error());
            }
            count = accounting.of(mailbox.id());
            if (result.fetched() == 0 && result.processed() == 0 && count.pending() == 0) {
                break;
            }
        }
        return new Result(expected, (System.nanoTime() - start) / 1_000_000, count, polls);
    }

    /** A mailbox polling the GreenMail account {@code login}. */
    public static SaveMailbox mailbox(String login, int port, @Nullable Long groupId) {
        return new SaveMailbox(
                login,
                login + "@bench.example",
                "127.0.0.1",
                port,
                false,
                login,
                "bench",
                "INBOX",
                60,
                null,
                null,
                false,
                null,
                null,
                groupId,
                null,
                null,
                UnknownSenders.CREATE,
                false,
                null);
    }
}
