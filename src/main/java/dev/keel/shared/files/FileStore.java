package dev.keel.shared.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed file storage: bytes are kept outside the database under their SHA-256, identical
 * content once, written atomically (never half a file under a real name) and read back by the hash. Each
 * module has its own area ({@link FileStores#area}); the backend is chosen by configuration
 * ({@code keel.files.backend}: {@code local} today, an S3-compatible store can be added beside it).
 */
public interface FileStore {

    /** A stored file: its SHA-256 (64 lower-case hex digits) and its size in bytes. */
    record StoredFile(String sha256, long size) {}

    /**
     * Stores at most {@code maxBytes} bytes of {@code content}; empty when the content is larger (nothing
     * is kept then). The caller closes the stream.
     */
    Optional<StoredFile> store(InputStream content, long maxBytes);

    /** Stores these bytes (once per content). */
    StoredFile store(byte[] content);

    /** Opens the file with this hash; the caller closes the stream. */
    InputStream open(String sha256);

    /** The whole file with this hash. */
    byte[] read(String sha256);

    /** Whether a file with this hash is stored. */
    boolean exists(String sha256);
}
