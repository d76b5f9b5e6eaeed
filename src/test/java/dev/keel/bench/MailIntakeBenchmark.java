package dev.keel.bench;

import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.channel.domain.MailConnections;
import dev.keel.channel.domain.MailIntake;
import dev.keel.channel.domain.MailboxView;
import dev.keel.channel.domain.Mailboxes;
import dev.keel.shared.Actor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * E-mail intake throughput over the tricky-mail corpus (src/test/resources/mail-corpus), on a running
 * Keel. Two figures: (1) parse + classify + fold + thread (the lookups against the database included,
 * nothing written), single thread, against a database that already holds threaded tickets; (2) the whole
 * intake of stored messages (raw store, row, parse, thread, ticket or reply with attachments, outcome),
 * single thread. Target (QUALITY.md): at least 200 messages per second parsed and threaded.
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.keel.bench.MailIntakeBenchmark \
 *     [--url jdbc:postgresql://127.0.0.1:5432/keel_bench] [--rounds 100]
 * </pre>
 *
 * Without {@code --url} it uses an in-memory H2 database.
 */
public final class MailIntakeBenchmark {

    private MailIntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        options.putIfAbsent("url", "jdbc:h2:mem:mailbench;DB_CLOSE_DELAY=-1");
        if (options.get("url").startsWith("jdbc:h2")) {
            options.putIfAbsent("user", "sa");
        }
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "100"));
        List<byte[]> corpus = corpus();
        try (ConfigurableApplicationContext keel =
                Bench.start(options, "--keel.channel.poll-check=PT1H", "--keel.channel.rate-limit=1000000")) {
            MailIntake intake = keel.getBean(MailIntake.class);
            Mailboxes mailboxes = keel.getBean(Mailboxes.class);
            MailboxView mailbox = mailboxes.create(
                    new SaveMailbox(
                            "bench-" + System.nanoTime(),
                            "helpdesk@bench.example",
                            "127.0.0.1",
                            1,
                            false,
                            "bench",
                            "bench",
                            "INBOX",
                            60,
                            null,
                            null,
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            UnknownSenders.CREATE,
                            false,
                            null),
                    Actor.SYSTEM);

            // (2) whole intake: every corpus message, made unique per round, stored and processed
            int intakeRounds = Math.max(2, rounds / 10);
            long start = System.nanoTime();
            int stored = 0;
            for (int r = 0; r < intakeRounds; r++) {
                for (byte[] raw : corpus) {
                    intake.store(mailbox, new MailConnections.Fetched(stored, unique(raw, "r" + r)));
                    stored++;
                }
                intake.processPending(mailbox.id());
            }
            double intakeSeconds = (System.nanoTime() - start) / 1e9;

            // (1) parse + classify + fold + thread, warm-up first
            for (int i = 0; i < 3; i++) {
                for (byte[] raw : corpus) {
                    intake.analyse(raw);
                }
            }
            long[] nanos = new long[rounds * corpus.size()];
            int n = 0;
            int threaded = 0;
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (byte[] raw : corpus) {
                    long t = System.nanoTime();
                    MailIntake.Analysis a = intake.analyse(raw);
                    nanos[n++] = System.nanoTime() - t;
                    if (a.ticketId() != null) {
                        threaded++;
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "corpus: %d messages, %d KB%n",
                    corpus.size(),
                    corpus.stream().mapToInt(b -> b.length).sum() / 1024);
            System.out.printf(
                    Locale.ROOT,
                    "parse+classify+fold+thread: %d messages in %.2f s = %.0f messages/s (%d threaded onto tickets); %s%n",
                    n,
                    seconds,
                    n / seconds,
                    threaded,
                    Bench.Latencies.of(nanos).summary());
            System.out.printf(
                    Locale.ROOT,
                    "whole intake (store, parse, thread, ticket/reply/attachments, outcome): %d messages in %.2f s = %.0f messages/s%n",
                    stored,
                    intakeSeconds,
                    stored / intakeSeconds);
            System.out.printf(Locale.ROOT, "target: >= 200 messages/s parsed and threaded%n");
        }
    }

    /** Gives a corpus message a fresh Message-ID so that the intake takes it as a new message. */
    static byte[] unique(byte[] raw, String round) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("Message-ID: <", "Message-ID: <" + round + ".").getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<byte[]> corpus() throws Exception {
        Path dir = Path.of(MailIntakeBenchmark.class.getResource("/mail-corpus").toURI());
        List<byte[]> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    messages.add(in.readAllBytes());
                }
            }
        }
        return messages;
    }
}
