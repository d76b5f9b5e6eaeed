package dev.keel.channel.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The raw bytes of every received message, as received, under their SHA-256 in {@code
 * <data-dir>/mail/ab/cd/<sha>.eml}; written to a temporary file and moved, so a crash never leaves half a
 * message under a real name. Written before the database row that points to it.
 */
@Component
public class MailStore {

    private final Path root;

    MailStore(@Value("${keel.channel.store-dir:${keel.data-dir:./data}/mail}") String root) {
        this.root = Path.of(root);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the bytes (once per content) and returns their SHA-256. */
    public String store(byte[] raw) {
        String sha = sha256(raw);
        Path target = pathOf(sha);
        try {
            if (Files.exists(target)) {
                return sha;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "mail-", ".tmp");
            try {
                Files.write(temp, raw);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String sha) {
        try {
            return Files.readAllBytes(pathOf(sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha + ".eml");
    }
}
