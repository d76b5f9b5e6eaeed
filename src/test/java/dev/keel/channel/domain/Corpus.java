package dev.keel.channel.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The tricky-mail corpus in {@code src/test/resources/mail-corpus}. */
public final class Corpus {

    private Corpus() {}

    public static byte[] read(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/mail-corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedMail parse(String name) {
        return MailParser.parse(read(name));
    }

    /** Every message of the corpus by file name. */
    public static List<String> names() {
        try {
            Path dir = Path.of(Corpus.class.getResource("/mail-corpus").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".eml"))
                        .sorted()
                        .toList();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
