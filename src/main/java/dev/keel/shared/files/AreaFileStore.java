package dev.keel.shared.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * A module's file store, typed so that it can be injected by its own name (e.g. the ticket module's
 * attachment store): a subclass names the area, every operation goes to the configured backend.
 */
public abstract class AreaFileStore implements FileStore {

    private final FileStore backend;

    protected AreaFileStore(FileStores stores, FileArea area) {
        this.backend = stores.area(area);
    }

    @Override
    public final Optional<StoredFile> store(InputStream content, long maxBytes) {
        return backend.store(content, maxBytes);
    }

    @Override
    public final StoredFile store(byte[] content) {
        return backend.store(content);
    }

    @Override
    public final InputStream open(String sha256) {
        return backend.open(sha256);
    }

    @Override
    public final byte[] read(String sha256) {
        return backend.read(sha256);
    }

    @Override
    public final boolean exists(String sha256) {
        return backend.exists(sha256);
    }
}
