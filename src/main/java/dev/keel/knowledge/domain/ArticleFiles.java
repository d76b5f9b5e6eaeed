package dev.keel.knowledge.domain;

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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Article attachment bytes on disk, named by their SHA-256 under {@code <data-dir>/knowledge}; written
 * to a temporary file first so a crash never leaves half a file under a real name.
 */
@Component
class ArticleFiles {

    private final Path root;

    ArticleFiles(@Value("${keel.knowledge.files-dir:${keel.data-dir}/knowledge}") String root) {
        this.root = Path.of(root);
    }

    /** Stores at most {@code maxBytes}; returns the hash, or null when the content was larger. */
    @Nullable
    String store(InputStream content, long maxBytes) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    if (!copyAtMost(content, out, maxBytes)) {
                        return null;
                    }
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return sha;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    InputStream open(String sha256) {
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
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static boolean copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return total > 0;
    }
}
