package dev.keel.ticket.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes on disk, outside the database, named by their SHA-256 (identical files are kept
 * once): {@code <data-dir>/attachments/ab/cd/abcd…}. Writes go to a temporary file first, so a crash
 * never leaves half a file under a real name.
 */
@Component
public class AttachmentStore {

    private final Path root;

    AttachmentStore(@Value("${keel.attachments-dir:${keel.data-dir}/attachments}") String root) {
        this.root = Path.of(root);
    }

    /** A stored file: its hash and size. */
    public record Stored(String sha256, long size) {}

    /** Stores at most {@code maxBytes} bytes; returns null when the content is larger. */
    public Stored store(InputStream content, long maxBytes) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    size = copyAtMost(content, out, maxBytes);
                }
                if (size < 0) {
                    return new Stored("", -1);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Stored(sha, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    /** Copies up to {@code max} bytes; returns -1 when there was more. */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
