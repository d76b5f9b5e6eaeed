package dev.keel.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FileStore} on the local disk: {@code <root>/ab/cd/<sha256>}. Content is written to a temporary
 * file in the root, hashed on the way, and moved under its name in one atomic step; a crash leaves at most
 * a temporary file, never half a file under a real name. Files written by earlier layouts are read where
 * they are.
 */
public final class LocalFileStore implements FileStore {

    private final Path root;
    private final List<FileArea.LegacyLayout> legacy;

    public LocalFileStore(Path root, List<FileArea.LegacyLayout> legacy) {
        this.root = root;
        this.legacy = List.copyOf(legacy);
    }

    @Override
    public Optional<StoredFile> store(InputStream content, long maxBytes) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            try {
                MessageDigest digest = ContentHash.digest();
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    size = copyAtMost(content, out, maxBytes);
                }
                if (size < 0) {
                    return Optional.empty();
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                place(temp, sha);
                return Optional.of(new StoredFile(sha, size));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StoredFile store(byte[] content) {
        String sha = ContentHash.sha256(content);
        if (exists(sha)) {
            return new StoredFile(sha, content.length);
        }
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            try {
                Files.write(temp, content);
                place(temp, sha);
                return new StoredFile(sha, content.length);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(locate(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(locate(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(locate(sha256));
    }

    /** Moves the finished temporary file under its name, unless identical content is there already. */
    private void place(Path temp, String sha) throws IOException {
        if (exists(sha)) {
            return;
        }
        Path target = pathOf(sha);
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
            // another writer stored the same bytes a moment ago: they are the file
        }
    }

    /** The file of this hash: the current layout, else the first earlier layout that has it. */
    private Path locate(String sha256) {
        Path current = pathOf(sha256);
        if (Files.exists(current)) {
            return current;
        }
        for (FileArea.LegacyLayout layout : legacy) {
            Path old = layout.resolve(root, sha256);
            if (Files.exists(old)) {
                return old;
            }
        }
        return current;
    }

    private Path pathOf(String sha) {
        ContentHash.require(sha);
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
